import type { EntityManager } from '@mikro-orm/core';
import { Arg, Ctx as Context, ID, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import { rowsChanged } from '../db/row-changes';
import { systemEm } from '../db/scope';
import { conflict, notFound, parseId, validate } from '../errors';
import { Access } from '../graphql/access';
import type { Ctx } from '../graphql/context';
import type { Core } from '../module';
import { Account, accountStatusChanged, AccountStatus } from '../modules/accounts';
import { audit } from '../modules/audit';
import { Zone } from '../modules/dns';
import { User } from '../modules/identity';
import { Plan } from '../modules/plans';
import { Reseller, ResellerStatus } from '../modules/resellers';

/**
 * The master admin runs resellers (RES beyond): suspending one suspends its active accounts through
 * the usual tasks (sites closed, MySQL logins locked) and keeps its users out; resuming brings back
 * exactly the accounts its suspension took; deleting removes a reseller that has no accounts left.
 */

const reasonSchema = z.object({
  reason: z
    .string()
    .trim()
    .max(500, 'must be at most 500 characters')
    .regex(/^[^\u0000-\u0009\u000b-\u001f\u007f]*$/, 'must not contain control characters'),
});

/** What an account suspended with its reseller says. */
const WITH_RESELLER = 'Suspended with its hosting company';

export class ResellerLifecycle {
  constructor(private readonly core: Pick<Core, 'events' | 'tasks'>) {}

  async suspend(ctx: Ctx, id: number, reason: string): Promise<Reseller> {
    const v = validate(reasonSchema, { reason });
    const em = systemEm(ctx.em, 'the master admin suspends a reseller and every account of it');
    const reseller = await em.transactional(async (tx) => {
      const r = await this.find(tx, id);
      if (r.status === ResellerStatus.SUSPENDED) throw conflict(`${r.name} is suspended already`);
      r.status = ResellerStatus.SUSPENDED;
      r.suspendedReason = v.reason || null;
      r.suspendedAt = new Date();
      const accounts = await tx.find(Account, { reseller: id, status: AccountStatus.ACTIVE });
      for (const account of accounts) {
        account.status = AccountStatus.SUSPENDED;
        account.suspendedWithReseller = true;
        account.suspendedReason = WITH_RESELLER;
        await accountStatusChanged(tx, this.core, account); // sites closed, MySQL logins locked: tasks in this flush
      }
      audit(tx, {
        resellerId: id,
        actorId: ctx.viewer!.userId,
        action: 'reseller.suspended',
        detail: `Suspended by the master admin with ${accounts.length} account(s)${v.reason ? `: ${v.reason}` : ''}`,
      });
      return r;
    });
    this.core.tasks.notify();
    ctx.log.info({ resellerId: id, by: ctx.viewer?.userId }, 'reseller suspended');
    return reseller;
  }

  async resume(ctx: Ctx, id: number): Promise<Reseller> {
    const em = systemEm(ctx.em, 'the master admin resumes a reseller and the accounts suspended with it');
    const reseller = await em.transactional(async (tx) => {
      const r = await this.find(tx, id);
      if (r.status === ResellerStatus.ACTIVE) throw conflict(`${r.name} is active already`);
      r.status = ResellerStatus.ACTIVE;
      r.suspendedReason = null;
      r.suspendedAt = null;
      const accounts = await tx.find(Account, { reseller: id, suspendedWithReseller: true });
      for (const account of accounts) {
        account.suspendedWithReseller = false;
        if (account.status !== AccountStatus.SUSPENDED) continue;
        account.status = AccountStatus.ACTIVE;
        account.suspendedReason = null;
        await accountStatusChanged(tx, this.core, account);
      }
      audit(tx, {
        resellerId: id,
        actorId: ctx.viewer!.userId,
        action: 'reseller.resumed',
        detail: `Resumed by the master admin with ${accounts.length} account(s)`,
      });
      return r;
    });
    this.core.tasks.notify();
    ctx.log.info({ resellerId: id, by: ctx.viewer?.userId }, 'reseller resumed');
    return reseller;
  }

  /** Deletes a reseller with no accounts and no DNS zone left: its logins (and their sessions), its plans, its settings. */
  async delete(ctx: Ctx, id: number): Promise<boolean> {
    const em = systemEm(ctx.em, 'the master admin deletes a reseller with everything it still owns');
    await em.transactional(async (tx) => {
      const r = await this.find(tx, id);
      const accounts = await tx.count(Account, { reseller: id });
      if (accounts)
        throw conflict(`${r.name} still has ${accounts} account(s); close or move them before deleting the reseller`);
      const zone = await tx.findOne(Zone, { reseller: id });
      if (zone) throw conflict(`${r.name}'s DNS zone ${zone.name} is still on the name servers`);
      await tx.nativeDelete(User, { reseller: id });
      await tx.nativeDelete(Plan, { reseller: id });
      await tx.nativeDelete(Reseller, { id }); // its gateways, tax rates, mails, alerts and audit trail go with it
      await rowsChanged(tx, [{ entity: 'Reseller', id }]); // its logins' sessions went with them: no cache keeps them
      const root = await tx.findOneOrFail(Reseller, { isRoot: true });
      audit(tx, {
        resellerId: root.id,
        actorId: ctx.viewer!.userId,
        action: 'reseller.deleted',
        detail: `Deleted reseller #${id} ${r.name}${r.cpHost ? ` (${r.cpHost})` : ''}`,
      });
    });
    ctx.log.info({ resellerId: id, by: ctx.viewer?.userId }, 'reseller deleted');
    return true;
  }

  private async find(em: EntityManager, id: number): Promise<Reseller> {
    const r = await em.findOne(Reseller, { id });
    if (!r) throw notFound('Reseller');
    if (r.isRoot) throw conflict('The master admin’s own company cannot be suspended or deleted');
    return r;
  }
}

/** The master admin's operations on a reseller's life. */
@Resolver()
export class ResellerLifecycleResolver {
  constructor(private readonly api: { resellerLifecycle: ResellerLifecycle }) {}

  @Access('master')
  @Mutation(() => Reseller, {
    description:
      'Suspends a reseller: its users can no longer sign in (its panel says the service is suspended), and its active accounts are suspended through the usual tasks (sites closed, MySQL logins locked). CONFLICT for the master’s own company or one suspended already.',
  })
  suspendReseller(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { defaultValue: '' }) reason: string,
  ): Promise<Reseller> {
    return this.api.resellerLifecycle.suspend(ctx, parseId(id), reason);
  }

  @Access('master')
  @Mutation(() => Reseller, {
    description: 'Resumes a suspended reseller and exactly the accounts its suspension suspended.',
  })
  resumeReseller(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Reseller> {
    return this.api.resellerLifecycle.resume(ctx, parseId(id));
  }

  @Access('master')
  @Mutation(() => Boolean, {
    description:
      'Deletes a reseller with its logins, plans and settings. CONFLICT while it has accounts or a DNS zone, and for the master’s own company.',
  })
  deleteReseller(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<boolean> {
    return this.api.resellerLifecycle.delete(ctx, parseId(id));
  }
}
