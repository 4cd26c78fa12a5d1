import { Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { requireScope, SCOPE, type ScopeParams } from '../../db/scope';
import { User } from '../identity';
import { Plan } from '../plans';
import { Reseller } from '../resellers';

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  MODERATION = 'MODERATION',
}
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description: 'ACTIVE: in service. SUSPENDED: stopped by an admin. MODERATION: waiting for an admin to approve it.',
});

/**
 * Which accounts a scope sees: its reseller's (admins, staff), of those only its own (end users),
 * every one (the master admin, system work). The one rule both the ORM filter below and the
 * prepared reads (account-reads.ts) apply; account-reads.test.ts holds them to the same rows.
 */
export function accountScopeRule(args: ScopeParams | undefined): { resellerId?: number; ownerId?: number } {
  const s = requireScope(args);
  if (s.all) return {};
  return s.userId === undefined ? { resellerId: s.resellerId } : { resellerId: s.resellerId, ownerId: s.userId };
}

@ObjectType({
  simpleResolvers: true, // plain fields: graphql-js reads them, no type-graphql wrapper per field
  description:
    'One control panel under one plan, with its own numeric ID, balance, invoices and domains. A user owns one or more accounts and switches between them.',
})
@Entity({ tableName: 'account' })
@Index({ properties: ['reseller', 'status'] })
// Accounts opened per month (the admin home's history).
@Index({ properties: ['reseller', 'createdAt'] })
@Filter({
  name: SCOPE,
  default: true,
  cond: (args: ScopeParams) => {
    const rule = accountScopeRule(args);
    return {
      ...(rule.resellerId !== undefined && { reseller: rule.resellerId }),
      ...(rule.ownerId !== undefined && { owner: rule.ownerId }),
    };
  },
})
export class Account {
  [OptionalProps]?:
    | 'status'
    | 'suspendedReason'
    | 'plan'
    | 'periodMonths'
    | 'billingAnchor'
    | 'periodsBilled'
    | 'nextBillingAt'
    | 'overdueSince'
    | 'suspendedForDebt'
    | 'suspendedWithReseller'
    | 'createdAt';

  @Field(() => ID, { description: 'The numeric account ID customers quote to support.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true }) // declared: the PostgreSQL generator drops undeclared FK indexes
  owner!: User;

  @Field(() => String, { description: 'A label the owner recognises the account by.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => AccountStatus, { description: 'Whether the account is in service.' })
  @Enum({ items: () => AccountStatus, type: 'string' })
  status: AccountStatus = AccountStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: 'Why the account was suspended, as the admin wrote it.' })
  @Property({ type: 'string', length: 500, nullable: true })
  suspendedReason: string | null = null;

  /** The plan the account is billed and limited by; null: the default limits (plans.limits.ts) and no charges. */
  @ManyToOne(() => Plan, { nullable: true, deleteRule: 'restrict', index: true })
  plan: Plan | null = null;

  @Field(() => Int, {
    nullable: true,
    description: 'Length of the account’s billing period in months (one of its plan’s periods).',
  })
  @Property({ type: 'integer', nullable: true })
  periodMonths: number | null = null;

  /** Period k runs from anchor + k·months to anchor + (k+1)·months (same day of month, or the month's last). */
  @Property({ type: 'Date', nullable: true })
  billingAnchor: Date | null = null;

  /** How many periods have been invoiced. */
  @Property({ type: 'integer', default: 0 })
  periodsBilled: number = 0;

  @Field(() => Date, {
    nullable: true,
    description: 'When the next period starts and is invoiced; null when the account is not billed.',
  })
  @Property({ type: 'Date', nullable: true, index: true })
  nextBillingAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'Since when an invoice has been overdue; null when nothing is.' })
  @Property({ type: 'Date', nullable: true })
  overdueSince: Date | null = null;

  /** Suspended by dunning (not by an admin): paying the balance resumes it. */
  @Property({ type: 'boolean', default: false })
  suspendedForDebt: boolean = false;

  /** Suspended because its reseller was: resuming the reseller resumes it. */
  @Property({ type: 'boolean', default: false })
  suspendedWithReseller: boolean = false;

  @Field(() => Date, { description: 'When the account was created.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
