import { BigIntType, Entity, Filter, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Reseller } from '../resellers';

/**
 * The cached sum of an account's ledger entries, with a version that counts them. Only the ledger
 * writes it, in the transaction that inserts the entry, with one atomic statement; nothing edits it
 * by hand. `verifyBalance` (ledger.service.ts) recomputes it from the entries.
 */
@Entity({ tableName: 'account_balance' })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class AccountBalance {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @OneToOne(() => Account, { owner: true, deleteRule: 'restrict', unique: true })
  account!: Account;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: new BigIntType('bigint') })
  balanceMinor!: bigint;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'Date' })
  updatedAt: Date = new Date();
}
