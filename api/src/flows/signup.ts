import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { Arg, Ctx as Context, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import { systemEm, unscoped } from '../db/scope';
import { badInput, conflict, notFound, parseId, validate } from '../errors';
import { Access } from '../graphql/access';
import type { Ctx } from '../graphql/context';
import type { Areas, Core } from '../module';
import {
  Account,
  accountNameSchema,
  AccountStatus,
  accountStatusChanged,
  chosenPlan,
  openAccount,
  type AccountHolder,
} from '../modules/accounts';
import { audit } from '../modules/audit';
import {
  BillingProfile,
  BillingProfileInput,
  Invoice,
  InvoiceState,
  LedgerKind,
  postEntry,
  profileSchema,
  startBilling,
} from '../modules/billing';
import {
  emailSchema,
  hashPassword,
  loginSchema,
  passwordSchema,
  refuseIfSuspended,
  resellerForHost,
  Role,
  User,
  identityModule,
  type AuthService,
  type RecoveryService,
  SignupThrottle,
} from '../modules/identity';
import { MailEvent, mailLanguage, writeMail } from '../modules/notifications';
import { Reseller } from '../modules/resellers';

/**
 * Signing up (BIL-2): the public signup page creates a login (identity), an account on a plan
 * (accounts, which announces it: billing keeps the profile and issues the first invoice), writes
 * the welcome mail (notifications) and the link that verifies the address (identity) and signs the new user in; existing customers add accounts; admins approve or reject accounts waiting in
 * the moderation queue (accounts' status, billing's first invoice or voided invoices).
 */

@InputType({ description: 'The public signup form: plan and period, login, and billing profile.' })
export class SignupInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => Int)
  periodMonths!: number;

  @Field(() => String)
  login!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String, { nullable: true, description: 'Default: the profile’s name.' })
  accountName?: string | null;

  @Field(() => BillingProfileInput)
  profile!: BillingProfileInput;
}

@InputType({ description: 'Another account for you, under a plan of your company; the same login.' })
export class AddAccountInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => Int)
  periodMonths!: number;

  @Field(() => String)
  name!: string;

  @Field(() => BillingProfileInput, {
    nullable: true,
    description: 'Default: a copy of your latest account’s profile.',
  })
  profile?: BillingProfileInput | null;
}

const choiceSchema = z.object({
  planId: z.coerce.number().int().positive('must be a plan ID'),
  periodMonths: z.number().int('must be a whole number'),
});
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

/** The public signup page (BIL-2), adding accounts for existing users, and the moderation queue. */
export class SignupService {
  constructor(
    private readonly core: Pick<Core, 'events' | 'tasks' | 'config'>,
    private readonly auth: Pick<AuthService, 'signIn'>,
    private readonly throttle: SignupThrottle,
    private readonly recovery: Pick<RecoveryService, 'mailVerification'>,
  ) {}

  /** Creates user, account, billing profile and first invoice in one transaction, and signs the new user in. */
  async signup(ctx: Ctx, input: unknown): Promise<Account> {
    const v = validate(signupSchema, input);
    await this.throttle.take(`ip:${ctx.ip}`);
    const reseller = await resellerForHost(ctx);
    refuseIfSuspended(reseller);
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
          // Typed in by a stranger: unverified until the link mailed to it is used (issue 20).
          emailVerifiedAt: null,
        });
        const r = await em.findOneOrFail(
          Reseller,
          { id: reseller.id },
          unscoped('signup has no viewer yet: the host’s company, re-read in the signup transaction'),
        );
        const account = await openAccount(em, this.core, {
          reseller: r,
          owner,
          name: v.accountName || v.profile.name,
          plan,
          periodMonths: v.periodMonths,
          profile: v.profile,
          now,
        });
        // The welcome mail commits with the signup, in the company's template and the user's language.
        await writeMail(em, this.core.config, {
          company: r,
          account,
          event: MailEvent.WELCOME,
          recipient: owner.email,
          language: mailLanguage(owner.language, r),
          dedupKey: `welcome:${account.id}`,
          values: {
            customerName: v.profile.name,
            login: owner.login,
            accountId: account.id,
            accountName: account.name,
            planName: plan.name,
          },
        });
        await this.recovery.mailVerification(em, owner);
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
    await this.auth.signIn(ctx, owner);
    ctx.log.info({ accountId, resellerId: reseller.id }, 'signup');
    return ctx.em.findOneOrFail(Account, { id: accountId });
  }

  /** An existing end user opens another account under a plan of their company, without a new login (BIL-2). */
  async addAccount(ctx: Ctx, input: unknown): Promise<Account> {
    const v = validate(addSchema, input);
    const viewer = ctx.viewer!;
    if (viewer.role !== Role.END_USER)
      throw conflict('Only end users own accounts; admins add accounts from the user’s page');
    await this.throttle.take(`user:${viewer.userId}`);
    const id = await ctx.em.transactional(async (em) => {
      const reseller = await em.findOneOrFail(
        Reseller,
        { id: viewer.resellerId },
        unscoped('the viewer’s own company, read whatever their role'),
      );
      const plan = await chosenPlan(em, reseller.id, v.planId, v.periodMonths);
      const owner = await em.findOneOrFail(
        User,
        { id: viewer.userId },
        unscoped('the viewer’s own user row, read whatever their role'),
      );
      const profile = v.profile ?? (await this.latestProfile(em, owner.id));
      return (
        await openAccount(em, this.core, {
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
      if (a.plan && a.periodMonths && !a.billingAnchor) await startBilling(em, this.core, a, new Date());
      await accountStatusChanged(em, this.core, a);
      audit(em, {
        resellerId: a.reseller.id,
        accountId: a.id,
        actorId: ctx.viewer!.userId,
        action: 'account.approved',
        detail: `Account ${a.id} approved`,
      });
      await em.flush();
      return a;
    });
    this.core.tasks.notify();
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
          createdBy: em.getReference(User, ctx.viewer!.userId),
          idempotencyKey: `void:${inv.id}`,
        });
      }
      a.status = AccountStatus.SUSPENDED;
      a.suspendedReason = `Signup rejected: ${v.reason}`;
      a.nextBillingAt = null; // never billed again
      audit(em, {
        resellerId: a.reseller.id,
        accountId: a.id,
        actorId: ctx.viewer!.userId,
        action: 'account.rejected',
        detail: `Signup rejected: ${v.reason}`,
      });
      await em.flush();
      return a;
    });
  }

  private async latestProfile(em: EntityManager, ownerId: number): Promise<AccountHolder | null> {
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

/** The signup flow of an app: its core, identity's sign-in, and a throttle of SIGNUPS_PER_HOUR per address or user. */
export function signupService(core: Core, areas: Areas): SignupService {
  return new SignupService(
    core,
    areas.get(identityModule).auth,
    new SignupThrottle(core.config.throttle.signupsPerHour, core.limits),
    areas.get(identityModule).recovery,
  );
}

@Resolver()
export class SignupResolver {
  constructor(private readonly api: { signup: SignupService }) {}

  @Access('public')
  @Mutation(() => Account, {
    description:
      'The public signup (BIL-2): user, account, billing profile and first invoice in one transaction; signs the new user in.',
  })
  signup(@Context() ctx: Ctx, @Arg('input', () => SignupInput) input: SignupInput): Promise<Account> {
    return this.api.signup.signup(ctx, input);
  }

  @Access('user')
  @Mutation(() => Account, { description: 'Opens another account for you under a plan, with the same login.' })
  addAccount(@Context() ctx: Ctx, @Arg('input', () => AddAccountInput) input: AddAccountInput): Promise<Account> {
    return this.api.signup.addAccount(ctx, input);
  }

  @Access('admin')
  @Mutation(() => Account, { description: 'Approves an account waiting in the moderation queue.' })
  approveAccount(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Account> {
    return this.api.signup.approve(ctx, parseId(id));
  }

  @Access('admin')
  @Mutation(() => Account, {
    description: 'Refuses an account waiting in moderation: its invoices are voided; it stays out of service.',
  })
  rejectAccount(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<Account> {
    return this.api.signup.reject(ctx, parseId(id), { reason });
  }
}
