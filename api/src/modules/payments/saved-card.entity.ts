import { Entity, Filter, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Reseller } from '../resellers';
import { PaymentGateway } from './gateway.entity';

/**
 * An account's saved card (PAY-1): the gateway's token and what may be shown of the card. The
 * number and CVC went to the gateway and were never stored. The billing run charges it.
 */
@ObjectType({
  description:
    'A card saved at a gateway for an account: brand, last four digits and expiry. The number is never stored.',
})
@Entity({ tableName: 'saved_card' })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class SavedCard {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @OneToOne(() => Account, { owner: true, deleteRule: 'cascade', unique: true })
  account!: Account;

  @ManyToOne(() => PaymentGateway, { deleteRule: 'cascade' })
  gateway!: PaymentGateway;

  /** The gateway's reference to the card (a customer and payment profile, a PaymentMethod). */
  @Property({ type: 'string', length: 200 })
  token!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 30 })
  brand!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 4 })
  last4!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  expMonth!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  expYear!: number;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
