import type { EntityManager } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import type { Ctx } from '../../graphql/context';
import { appError, conflict, notFound, validate } from '../../errors';
import type { Connection, Page } from '../../graphql/pagination';
import { Role, User, nameSchema, snapshotFor } from '../identity';
import { Account, AccountStatus } from './account.entity';
import { accountPage, ownedAccounts, type AccountFilter, type AccountRow } from './account-reads';
import { chosenPlan, createAccount, openAccount } from './open-account';
import { Reseller } from '../resellers';
import { accountStatusChanged } from './account-status';
import { audit } from '../audit';
import { unscoped } from '../../db/scope';
import type { Core } from '../../module';

export const accountNameSchema = nameSchema(100);
const createSchema = z
  .object({
    ownerId: z.number().int().positive(),
    name: accountNameSchema,
    planId: z.number().int().positive().nullish(),
    periodMonths: z.number().int('must be a whole number').nullish(),
  })
  .refine((v) => !v.planId || v.periodMonths != null, { path: ['periodMonths'], message: 'is required with a plan' });
const reasonSchema = z.object({ reason: z.string().trim().max(500, 'must be at most 500 characters').nullish() });

/** Accounts as the viewer may see them; the ORM scope filter limits rows to the viewer's tenant/owner. */
export class AccountService {
  constructor(private readonly core: Pick<Core, 'events' | 'tasks'>) {}

  async get(ctx: Ctx, id: number): Promise<Account> {
    const account = await ctx.em.findOne(Account, { id });
    if (!account) throw notFound('Account');
    return account;
  }

  /** The admin list and search: a prepared read (account-reads.ts), every page's first query. */
  list(ctx: Ctx, page: Page, filter: AccountFilter): Promise<Connection<AccountRow>> {
    return accountPage(ctx.em, ctx.config.database.dialect, page, filter);
  }

  ownedBy(ctx: Ctx, userId: number): Promise<Account[]> {
    return ctx.em.find(Account, { owner: userId }, { orderBy: { id: 'asc' } });
  }

  /** The viewer's own accounts (the account switcher on every page): a prepared read. */
  ownedByViewer(ctx: Ctx, info: GraphQLResolveInfo): Promise<AccountRow[]> {
    const viewer = ctx.viewer!;
    return ownedAccounts(ctx.em, snapshotFor(viewer, info)?.user ?? viewer.user);
  }

  /** The account a new session of `owner` starts on: their first (identity asks at sign-in). */
  firstOwnedBy(em: EntityManager, owner: { id: number }): Promise<Account | null> {
    return em.findOne(
      Account,
      { owner: owner.id },
      {
        orderBy: { id: 'asc' },
        ...unscoped('sign-in picks the user’s first account before the session (and so the viewer) exists'),
      },
    );
  }

  /** Makes one of the viewer's own accounts the active one, without signing in again (UAD-1). */
  async switchActive(ctx: Ctx, accountId: number): Promise<Account> {
    const viewer = ctx.viewer!;
    const account = await ctx.em.findOne(Account, { id: accountId, owner: viewer.userId });
    if (!account) throw appError('NOT_FOUND', 'Account not found');
    viewer.session.activeAccount = account;
    await ctx.em.flush();
    return account;
  }

  /** Adds another account to an existing end user (UAD-1: one login, many accounts). */
  async create(ctx: Ctx, input: unknown): Promise<Account> {
    const v = validate(createSchema, input);
    const owner = await ctx.em.findOne(User, { id: v.ownerId });
    if (!owner) throw notFound('User');
    if (owner.role !== Role.END_USER) throw conflict('Only end users own accounts');
    if (!v.planId) {
      return ctx.em.transactional((em) =>
        createAccount(em, this.core, {
          reseller: owner.reseller,
          owner: em.getReference(User, owner.id),
          name: v.name,
        }),
      );
    }
    const id = await ctx.em.transactional(async (em) => {
      const reseller = await em.findOneOrFail(
        Reseller,
        { id: owner.reseller.id },
        unscoped(
          'the company of the owner in hand, for the new account’s plan and currency; the owner was checked against the viewer',
        ),
      );
      const plan = await chosenPlan(em, reseller.id, v.planId!, v.periodMonths!, true);
      const account = await openAccount(em, this.core, {
        reseller,
        owner: em.getReference(User, owner.id),
        name: v.name,
        plan,
        periodMonths: v.periodMonths!,
        profile: null,
        now: new Date(),
        byAdmin: true,
      });
      return account.id;
    });
    return this.get(ctx, id);
  }

  async suspend(ctx: Ctx, id: number, input: unknown): Promise<Account> {
    const v = validate(reasonSchema, input);
    const account = await this.get(ctx, id);
    if (account.status === AccountStatus.SUSPENDED && !account.suspendedForDebt)
      throw conflict('The account is already suspended');
    if (account.status === AccountStatus.SUSPENDED) {
      // Suspended by dunning: the admin takes the suspension over, so paying no longer resumes the account.
      account.suspendedForDebt = false;
      account.suspendedReason = v.reason || account.suspendedReason;
      audit(ctx.em, {
        resellerId: account.reseller.id,
        accountId: id,
        actorId: ctx.viewer!.userId,
        action: 'account.suspended',
        detail: `Suspension taken over from dunning${v.reason ? `: ${v.reason}` : ''}`,
      });
      await ctx.em.flush();
      ctx.log.info({ accountId: id, by: ctx.viewer?.userId }, 'account suspension taken over from dunning');
      return account;
    }
    account.status = AccountStatus.SUSPENDED;
    account.suspendedReason = v.reason || null;
    account.suspendedForDebt = false;
    // The tasks that lock the account's MySQL logins and close its sites are written in the same flush as the status.
    await accountStatusChanged(ctx.em, this.core, account);
    audit(ctx.em, {
      resellerId: account.reseller.id,
      accountId: id,
      actorId: ctx.viewer!.userId,
      action: 'account.suspended',
      detail: `Suspended by an admin${v.reason ? `: ${v.reason}` : ''}`,
    });
    await ctx.em.flush();
    this.core.tasks.notify();
    ctx.log.info({ accountId: id, by: ctx.viewer?.userId }, 'account suspended');
    return account;
  }

  async resume(ctx: Ctx, id: number): Promise<Account> {
    const account = await this.get(ctx, id);
    if (account.status === AccountStatus.ACTIVE) throw conflict('The account is already active');
    account.status = AccountStatus.ACTIVE;
    account.suspendedReason = null;
    account.suspendedForDebt = false;
    await accountStatusChanged(ctx.em, this.core, account);
    audit(ctx.em, {
      resellerId: account.reseller.id,
      accountId: id,
      actorId: ctx.viewer!.userId,
      action: 'account.resumed',
      detail: 'Resumed by an admin',
    });
    await ctx.em.flush();
    this.core.tasks.notify();
    ctx.log.info({ accountId: id, by: ctx.viewer?.userId }, 'account resumed');
    return account;
  }
}
