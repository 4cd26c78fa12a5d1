import { BigIntType, Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { ResourceKind } from '../plans';
import { Invoice } from './invoice.entity';

/** One line of an invoice: what, for which period, how many, at what unit price. Never changes. */
@Entity({ tableName: 'invoice_line' })
export class InvoiceLine {
  [OptionalProps]?: 'resourceKind' | 'periodStart' | 'periodEnd';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Invoice, { deleteRule: 'cascade', index: true }) // declared: the PostgreSQL generator drops undeclared FK indexes
  invoice!: Invoice;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 300 })
  description!: string;

  @Enum({ items: () => ResourceKind, type: 'string', nullable: true })
  resourceKind: ResourceKind | null = null;

  @Property({ type: 'Date', nullable: true })
  periodStart: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  periodEnd: Date | null = null;

  @Property({ type: 'integer' })
  quantity!: number;

  /** Price of one unit for the line's period, before any discount. */
  @Property({ type: new BigIntType('bigint') })
  unitPriceMinor!: bigint;

  /** quantity × unit price, less the period's discount, rounded half up to the minor unit; may be negative (a proration credit). */
  @Property({ type: new BigIntType('bigint') })
  amountMinor!: bigint;
}
