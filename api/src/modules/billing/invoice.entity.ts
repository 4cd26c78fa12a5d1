import {
  BigIntType,
  Collection,
  Entity,
  Enum,
  Filter,
  Index,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Reseller } from '../resellers';
import { InvoiceLine } from './invoice-line.entity';

export enum InvoiceState {
  OPEN = 'OPEN',
  PAID = 'PAID',
  VOID = 'VOID',
}
registerEnumType(InvoiceState, {
  name: 'InvoiceState',
  description:
    'OPEN: owed. PAID: covered by payments and credit. VOID: cancelled by an admin (a credit entry reversed its charge).',
});

/**
 * An issued invoice (BIL-3). Its number is the company's next one, with no gaps; its lines and
 * totals never change once written. Only its state moves (OPEN → PAID, OPEN → VOID). Issuing it
 * wrote one CHARGE ledger entry of its total.
 */
@ObjectType({ description: 'An invoice: numbered per company without gaps; its lines never change once issued.' })
@Entity({ tableName: 'invoice' })
@Unique({ properties: ['reseller', 'number'] })
@Index({ properties: ['account', 'state'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class Invoice {
  [OptionalProps]?: 'state' | 'periodStart' | 'periodEnd' | 'paidAt' | 'taxName' | 'taxRateBp' | 'idempotencyKey';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  account!: Account;

  @Field(() => Int, { description: 'The company’s invoice number: 1, 2, 3… with no gaps.' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => InvoiceState)
  @Enum({ items: () => InvoiceState, type: 'string', default: InvoiceState.OPEN })
  state: InvoiceState = InvoiceState.OPEN;

  @Field(() => String, { description: 'ISO 4217 code of every amount on it.' })
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: new BigIntType('bigint') })
  subtotalMinor!: bigint;

  @Property({ type: new BigIntType('bigint') })
  taxMinor!: bigint;

  @Property({ type: new BigIntType('bigint') })
  totalMinor!: bigint;

  @Field(() => String, { nullable: true, description: 'The tax applied (as named by the company), if any.' })
  @Property({ type: 'string', length: 100, nullable: true })
  taxName: string | null = null;

  /** The tax rate applied, in basis points (1900 = 19 %). */
  @Property({ type: 'integer', nullable: true })
  taxRateBp: number | null = null;

  @Field(() => Date, { nullable: true, description: 'Start of the billing period the invoice is for.' })
  @Property({ type: 'Date', nullable: true })
  periodStart: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'End of that period (exclusive).' })
  @Property({ type: 'Date', nullable: true })
  periodEnd: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'Date' })
  issuedAt!: Date;

  @Field(() => Date)
  @Property({ type: 'Date' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  paidAt: Date | null = null;

  /** What issued it ("recurring:<account>:<period start>", "plan-change:…"): the same key never issues twice. */
  @Property({ type: 'string', length: 200, nullable: true, unique: true })
  idempotencyKey: string | null = null;

  @OneToMany(() => InvoiceLine, (l) => l.invoice, { orderBy: { position: 'asc' } })
  lines = new Collection<InvoiceLine>(this);
}
