import { Entity, Filter, OneToOne, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Reseller } from '../resellers';

/** Who an account's invoices are addressed to (BIL-3). Saved cards are SavedCard rows (payments). */
@ObjectType({ description: 'The name and address invoices are made out to.' })
@Entity({ tableName: 'billing_profile' })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class BillingProfile {
  [OptionalProps]?: 'company' | 'phone';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  @OneToOne(() => Account, { owner: true, deleteRule: 'cascade', unique: true })
  account!: Account;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  company: string | null = null;

  @Field(() => String, { description: 'Street address, as many lines as needed.' })
  @Property({ type: 'string', length: 500 })
  address!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  city!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 20 })
  postalCode!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code.' })
  @Property({ type: 'string', length: 2 })
  country!: string;

  @Field(() => String, { description: 'Where invoices and reminders are sent.' })
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  phone: string | null = null;
}
