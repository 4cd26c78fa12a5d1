import {
  BigIntType,
  Entity,
  Enum,
  Filter,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { User } from '../identity';
import { Reseller } from '../resellers';
import { LedgerKind } from './enums';

/**
 * One immutable movement of money on an account (BIL-3). Nothing updates or deletes it: a mistake
 * is corrected by a new entry. The account's balance is the sum of its entries.
 */
@ObjectType({
  description:
    'An immutable movement of money on an account; the balance is the sum of these. Corrections are new entries.',
})
@Entity({ tableName: 'ledger_entry' })
@Index({ properties: ['account', 'id'] })
// A company's money month by month (the admin home's history).
@Index({ properties: ['reseller', 'createdAt'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class LedgerEntry {
  [OptionalProps]?: 'reference' | 'createdBy' | 'idempotencyKey' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  account!: Account;

  @Field(() => LedgerKind)
  @Enum({ items: () => LedgerKind, type: 'string' })
  kind!: LedgerKind;

  /** Signed minor units: positive adds to the customer's balance, negative takes from it. */
  @Property({ type: new BigIntType('bigint') })
  amountMinor!: bigint;

  @Field(() => String, { description: 'ISO 4217 code: the reseller’s currency when the entry was written.' })
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => String, { description: 'What the entry is for, as the customer sees it.' })
  @Property({ type: 'string', length: 500 })
  description!: string;

  @Field(() => String, {
    nullable: true,
    description: 'An outside reference: a bank transfer ID, a cheque number, a gateway transaction.',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  reference: string | null = null;

  /** The admin who wrote it; null for the billing run. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy: User | null = null;

  /** Makes a retried request (or a rerun of the billing run) write nothing twice. */
  @Property({ type: 'string', length: 200, nullable: true, unique: true })
  idempotencyKey: string | null = null;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
