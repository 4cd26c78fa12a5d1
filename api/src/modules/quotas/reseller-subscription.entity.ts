import { Entity, Filter, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { resellerOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Reseller } from '../resellers';

/**
 * A reseller's subscription (H-Sphere's reseller plans): the account in the master's company that
 * bills the reseller as the master's customer. Its plan is a reseller plan whose resources are the
 * reseller's quotas. The link lives here, not on the reseller row: resellers sit below accounts.
 */
@Entity({ tableName: 'reseller_subscription' })
@Filter({ name: SCOPE, default: true, cond: resellerOwnedScope })
export class ResellerSubscription {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** The reseller the account bills (one subscription each). */
  @ManyToOne(() => Reseller, { deleteRule: 'cascade', unique: true })
  reseller!: Reseller;

  /** An account of the master's (root) company; deleting it ends the subscription. */
  @ManyToOne(() => Account, { deleteRule: 'cascade', unique: true })
  account!: Account;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
