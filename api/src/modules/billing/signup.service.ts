import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import { systemEm, unscoped } from '../../db/scope';
import type { Ctx } from '../../graphql/context';
import { badInput, conflict, notFound, validate } from '../../errors';
import { Account, AccountStatus } from '../accounts/account.entity';
import { accountStatusChanged } from '../accounts/account-status';
import { audit } from '../audit/audit';
import { resellerForHost } from '../identity/auth.service';
import { Role } from '../identity/enums';
import { hashPassword } from '../identity/password';
import type { SignupThrottle } from '../identity/throttle';
import { User } from '../identity/user.entity';
import { emailSchema, loginSchema, nameSchema, passwordSchema } from '../identity/validation';
import { PlanPeriod } from '../plans/plan-period.entity';
import { Plan } from '../plans/plan.entity';
import { Reseller } from '../resellers/reseller.entity';
import { BillingProfile } from './billing-profile.entity';
import { Invoice, InvoiceState } from './invoice.entity';
import { issueDueInvoices } from './issue-invoices';
import { LedgerKind } from './enums';
import { postEntry } from './ledger';

export const profileSchema = z.object({
  name: nameSchema(200),
  company: z
    .string()
    .trim()
    .max(200, 'must be at most 200 characters')
    .nullish()
    .transform((v) => v || null),
  address: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
  city: nameSchema(100),
  postalCode: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(20, 'must be at most 20 characters')
    .regex(/^[A-Za-z0-9 -]+$/, 'may contain only letters, digits, spaces and dashes'),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as US or DE'),
  email: emailSchema,
  phone: z
    .string()
    .trim()
    .max(40, 'must be at most 40 characters')
    .regex(/^[0-9 +()./-]*$/, 'may contain only digits, spaces and + ( ) . / -')
    .nullish()
    .transform((v) => v || null),
});
const choiceSchema = z.object({
  planId: z.coerce.number().int().positive('must be a plan ID'),
  periodMonths: z.number().int('must be a whole number'),
});
// accounts.service imports this module: its account-name schema is restated here rather than imported back.
const accountNameSchema = nameSchema(100);
const signupSchema = choiceSchema.extend({
  login: loginSchema,
  email: emailSchema,
  password: passwordSchema,
  accountName: accountNameSchema.nullish(),
  profile: profileSchema,
});
const addSchema = choiceSchema.extend({ name: accountNameSchema, profile: profileSchema.nullish() });
const rejectSchema = z.object({
  reason: z.string().trim().min(3, 'must say why, in at least 3 characters').max(500, 'must be at most 500 characters'),
});

export interface OpenAccountSpec {
  reseller: Reseller;
  owner: User;
  name: string;
  plan: Plan;
  periodMonths: number;
  profile: z.output<typeof profileSchema> | null;
  now: Date;
  /** Customers opening an account on a moderated plan wait for approval; an admin opening one for them does not. */
  byAdmin?: boolean;
}

/** The plan and period a customer chose, if the company sells that plan for that period (signup-enabled unless `anyPlan`). */
export async function chosenPlan(
  em: EntityManager,
  resellerId: number,
  planId: number,
  periodMonths: number,
  anyPlan = false,
): Promise<Plan> {
  const plan = await em.findOne(
    Plan,
    { id: planId, reseller: resellerId, ...(anyPlan ? {} : { signupEnabled: true }) },
    unscoped('the public signup page has no viewer: the plan is looked up in the company the request’s host names'),
  );
  if (!plan) throw notFound('Plan');
  const period = await em.findOne(
    PlanPeriod,
    { plan: plan.id, months: periodMonths },
    unscoped('the public signup page has no viewer: the period of the chosen plan'),
  );
  if (!period) throw badInput([{ field: 'periodMonths', message: `is not a billing period of plan ${plan.name}` }]);
  return plan;
}

/**
 * A new account under a plan, in the caller's transaction. Its first invoice (setup fees and the
 * first period) is issued at once; a moderated plan puts the account in the moderation queue
 * instead, and its billing starts when an admin approves it (no charge for time spent waiting).
 */
export async function openAccount(em: EntityManager, spec: OpenAccountSpec): Promise<Account> {
  const moderated = spec.plan.moderated && !spec.byAdmin;
  const account = em.create(Account, {
    reseller: spec.reseller,
    owner: spec.owner,
    name: spec.name,
    plan: spec.plan,
    periodMonths: spec.periodMonths,
    status: moderated ? AccountStatus.MODERATION : AccountStatus.ACTIVE,
  });
  if (spec.profile) em.create(BillingProfile, { reseller: spec.reseller, account, ...spec.profile });
  await em.flush();
  if (!moderated) await startBilling(em, account, spec.now);
  audit(em, {
    resellerId: spec.reseller.id,
    accountId: account.id,
    actorId: spec.owner.id,
    action: 'account.opened',
    detail: `Account ${account.id} opened on plan ${spec.plan.name}, ${spec.periodMonths} month(s)${moderated ? '; waiting for moderation' : ''}`,
  });
  return account;
}

/** The account's first period starts at `now` (to the second) and is invoiced in the caller's transaction. */
async function startBilling(em: EntityManager, account: Account, now: Date): Promise<void> {
  const anchor = new Date(Math.floor(now.getTime() / 1000) * 1000);
  account.billingAnchor = anchor;
  account.nextBillingAt = anchor;
  account.periodsBilled = 0;
  await em.flush();
  await issueDueInvoices(em, { now, accountIds: [account.id] });
  await em.refresh(account);
}

/** The public signup page (BIL-2), adding accounts for existing users, and the moderation queue. */
export class SignupService {
  constructor(private readonly throttle: SignupThrottle) {}

  /** Creates user, account, billing profile and first invoice in one transaction, and signs the new user in. */
  async signup(ctx: Ctx, input: unknown): Promise<Account> {
    const v = validate(signupSchema, input);
    await this.throttle.take(`ip:${ctx.ip}`);
    const reseller = await resellerForHost(ctx);
    const passwordHash = await hashPassword(v.password);
    const now = new Date();
    let accountId: number;
    try {
      // The visitor has no tenant scope yet: the rows are written with system scope, for the host's company only.
      accountId = await systemEm(
        ctx.em,
        'signup has no viewer yet: it creates the user and the account in the host’s company',
      ).transactional(async (em) => {
        const plan = await chosenPlan(em, reseller.id, v.planId, v.periodMonths);
        const owner = em.create(User, {
          reseller: em.getReference(Reseller, reseller.id),
          login: v.login,
          email: v.email,
          passwordHash,
          role: Role.END_USER,
        });
        const r = await em.findOneOrFail(
          Reseller,
          { id: reseller.id },
          unscoped('signup has no viewer yet: the host’s company, re-read in the signup transaction'),
        );
        const account = await openAccount(em, {
          reseller: r,
          owner,
          name: v.accountName || v.profile.name,
          plan,
          periodMonths: v.periodMonths,
          profile: v.profile,
          now,
        });
        return account.id;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException)
        throw badInput([{ field: 'login', message: 'is already taken' }]);
      throw err;
    }
    const {
      owner: { id: ownerId },
    } = await systemEm(ctx.em, 'signup has no viewer yet: the owner of the account just created').findOneOrFail(
      Account,
      { id: accountId },
    );
    const owner = await ctx.em.findOneOrFail(
      User,
      { id: ownerId },
      { populate: ['reseller'], ...unscoped('signup has no viewer yet: the new owner, to sign them in') },
    );
    await ctx.services.auth.signIn(ctx, owner);
    ctx.log.info({ accountId, resellerId: reseller.id }, 'signup');
    return ctx.em.findOneOrFail(Account, { id: accountId });
  }

  /** An existing end user opens another account under a plan of their company, without a new login (BIL-2). */
  async addAccount(ctx: Ctx, input: unknown): Promise<Account> {
    const v = validate(addSchema, input);
    const viewer = ctx.viewer!;
    if (viewer.role !== Role.END_USER)
      throw conflict('Only end users own accounts; admins add accounts from the user’s page');
    await this.throttle.take(`user:${viewer.user.id}`);
    const id = await ctx.em.transactional(async (em) => {
      const reseller = await em.findOneOrFail(
        Reseller,
        { id: viewer.resellerId },
        unscoped('the viewer’s own company, read whatever their role'),
      );
      const plan = await chosenPlan(em, reseller.id, v.planId, v.periodMonths);
      const owner = await em.findOneOrFail(
        User,
        { id: viewer.user.id },
        unscoped('the viewer’s own user row, read whatever their role'),
      );
      const profile = v.profile ?? (await this.latestProfile(em, owner.id));
      return (
        await openAccount(em, {
          reseller,
          owner,
          name: v.name,
          plan,
          periodMonths: v.periodMonths,
          profile,
          now: new Date(),
        })
      ).id;
    });
    return ctx.em.findOneOrFail(Account, { id });
  }

  /** Moves an account out of the moderation queue into service; its billing starts now, with its first invoice. */
  async approve(ctx: Ctx, id: number): Promise<Account> {
    const account = await ctx.em.transactional(async (em) => {
      const a = await em.findOne(Account, { id });
      if (!a) throw notFound('Account');
      if (a.status !== AccountStatus.MODERATION) throw conflict(`Account ${a.id} is not waiting for moderation`);
      a.status = AccountStatus.ACTIVE;
      if (a.plan && a.periodMonths && !a.billingAnchor) await startBilling(em, a, new Date());
      await accountStatusChanged(em, ctx.services, a);
      audit(em, {
        resellerId: a.reseller.id,
        accountId: a.id,
        actorId: ctx.viewer!.user.id,
        action: 'account.approved',
        detail: `Account ${a.id} approved`,
      });
      await em.flush();
      return a;
    });
    ctx.services.tasks.notify();
    return account;
  }

  /** Refuses a signup: its open invoices are voided (credited back) and the account stays out of service. */
  async reject(ctx: Ctx, id: number, input: unknown): Promise<Account> {
    const v = validate(rejectSchema, input);
    return ctx.em.transactional(async (em) => {
      const a = await em.findOne(Account, { id });
      if (!a) throw notFound('Account');
      if (a.status !== AccountStatus.MODERATION) throw conflict(`Account ${a.id} is not waiting for moderation`);
      const open = await em.find(Invoice, { account: a.id, state: InvoiceState.OPEN });
      for (const inv of open) {
        inv.state = InvoiceState.VOID;
        await postEntry(em, {
          account: a,
          kind: LedgerKind.CREDIT,
          amountMinor: inv.totalMinor,
          description: `Invoice ${inv.number} voided: signup rejected`,
          reference: String(inv.number),
          createdBy: em.getReference(User, ctx.viewer!.user.id),
          idempotencyKey: `void:${inv.id}`,
        });
      }
      a.status = AccountStatus.SUSPENDED;
      a.suspendedReason = `Signup rejected: ${v.reason}`;
      a.nextBillingAt = null; // never billed again
      audit(em, {
        resellerId: a.reseller.id,
        accountId: a.id,
        actorId: ctx.viewer!.user.id,
        action: 'account.rejected',
        detail: `Signup rejected: ${v.reason}`,
      });
      await em.flush();
      return a;
    });
  }

  private async latestProfile(em: EntityManager, ownerId: number): Promise<OpenAccountSpec['profile']> {
    const p = await em.findOne(
      BillingProfile,
      { account: { owner: ownerId } },
      {
        orderBy: { id: 'desc' },
        ...unscoped('the owner’s latest billing profile, over all their accounts; the viewer is that owner'),
      },
    );
    if (!p) return null;
    const { name, company, address, city, postalCode, country, email, phone } = p;
    return { name, company, address, city, postalCode, country, email, phone };
  }
}
