import { Entity, Filter, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { resellerOwnedScope, SCOPE } from '../../db/scope';
import { Reseller } from '../resellers';

/**
 * A company's tax rate from a date on (BIL-3): an invoice takes the rate in force on its issue day,
 * the one with the latest `validFrom` not after it. Rates are never edited; a new one is added.
 */
@ObjectType({ description: 'A tax rate of the company from a date on; invoices take the rate in force when issued.' })
@Entity({ tableName: 'tax_rate' })
@Unique({ properties: ['reseller', 'validFrom'] })
@Filter({ name: SCOPE, default: true, cond: resellerOwnedScope })
export class TaxRate {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @Field(() => String, { description: 'As printed on invoices, e.g. "VAT".' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** Basis points: 1900 = 19 %; 0 turns tax off from `validFrom`. */
  @Property({ type: 'integer' })
  rateBp!: number;

  @Field(() => Date)
  @Property({ type: 'Date' })
  validFrom!: Date;
}
