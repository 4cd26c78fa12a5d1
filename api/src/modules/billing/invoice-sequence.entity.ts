import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Reseller } from '../resellers';

/**
 * The last invoice number a company issued. Issuing takes the next numbers by moving this row in
 * the issuing transaction: its row lock (PostgreSQL) or the database lock (SQLite) orders issuers,
 * and a rolled-back transaction gives its numbers back, so the numbers have no gaps.
 */
@Entity({ tableName: 'invoice_sequence' })
export class InvoiceSequence {
  @ManyToOne(() => Reseller, { primary: true, deleteRule: 'cascade' })
  reseller!: Reseller;

  @Property({ type: 'integer' })
  lastNumber!: number;
}
