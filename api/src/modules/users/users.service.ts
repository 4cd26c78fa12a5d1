import type { FilterQuery } from '@mikro-orm/core';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import { userSearch } from '../../db/search-index';
import type { Ctx } from '../../graphql/context';
import type { Core } from '../../module';
import { badInput, notFound, validate } from '../../errors';
import { findPage, type Connection, type Page } from '../../graphql/pagination';
import { chosenPlan, createAccount, openAccount, accountNameSchema } from '../accounts';
import {
  Role,
  hashPassword,
  refuseWhenImpersonated,
  User,
  emailSchema,
  loginSchema,
  passwordSchema,
} from '../identity';
import type { SessionService } from '../identity';
import { Reseller } from '../resellers';

const createSchema = z
  .object({
    login: loginSchema,
    email: emailSchema,
    password: passwordSchema,
    accountName: accountNameSchema,
    resellerId: z.number().int().positive().nullish(),
    planId: z.number().int().positive().nullish(),
    periodMonths: z.number().int('must be a whole number').nullish(),
  })
  .refine((v) => !v.planId || v.periodMonths != null, { path: ['periodMonths'], message: 'is required with a plan' });
const resetSchema = z.object({ newPassword: passwordSchema });

/** Admin management of end users (the admin panel's Users page). */
export class UserService {
  constructor(
    private readonly core: Pick<Core, 'events'>,
    private readonly sessions: Pick<SessionService, 'revokeAll'>,
  ) {}

  async get(ctx: Ctx, id: number): Promise<User> {
    const user = await ctx.em.findOne(User, { id });
    if (!user) throw notFound('User');
    return user;
  }

  async list(ctx: Ctx, page: Page, filter: { role?: Role | null }): Promise<Connection<User>> {
    const where = (): FilterQuery<User> => {
      const and: FilterQuery<User>[] = [];
      if (filter.role) and.push({ role: filter.role });
      if (page.search) and.push(userSearch(ctx.config.database.dialect, page.search));
      return and.length ? { $and: and } : {};
    };
    return findPage(ctx.em, User, where, page);
  }

  /**
   * Creates an end user with a first account, in one transaction. The reseller is the admin's own;
   * the master admin may name another reseller.
   */
  async create(ctx: Ctx, input: unknown): Promise<User> {
    const v = validate(createSchema, input);
    const viewer = ctx.viewer!;
    let resellerId = viewer.resellerId;
    if (v.resellerId && v.resellerId !== viewer.resellerId) {
      if (viewer.role !== Role.MASTER_ADMIN) throw notFound('Reseller');
      resellerId = v.resellerId;
    }
    const reseller = await ctx.em.findOne(Reseller, { id: resellerId });
    if (!reseller) throw notFound('Reseller');
    const passwordHash = await hashPassword(v.password);
    try {
      return await ctx.em.transactional(async (em) => {
        const user = em.create(User, { reseller, login: v.login, email: v.email, passwordHash, role: Role.END_USER });
        if (v.planId) {
          const plan = await chosenPlan(em, reseller.id, v.planId, v.periodMonths!, true);
          await openAccount(em, this.core, {
            reseller,
            owner: user,
            name: v.accountName,
            plan,
            periodMonths: v.periodMonths!,
            profile: null,
            now: new Date(),
            byAdmin: true,
          });
        } else {
          await createAccount(em, this.core, { reseller, owner: user, name: v.accountName });
        }
        await em.flush();
        ctx.log.info({ userId: user.id, by: viewer.userId }, 'user created');
        return user;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException)
        throw badInput([{ field: 'login', message: 'is already taken' }]);
      throw err;
    }
  }

  /** Sets a new password for a user the admin manages; all of that user's sessions are signed out. */
  async resetPassword(ctx: Ctx, id: number, input: unknown): Promise<User> {
    if (id === ctx.viewer?.userId) refuseWhenImpersonated(ctx, 'their password');
    const v = validate(resetSchema, input);
    const user = await this.get(ctx, id);
    const passwordHash = await hashPassword(v.newPassword);
    const at = new Date();
    // The reset and the mail that tells the user of it commit together ('user.passwordChanged').
    await ctx.em.transactional(async (em) => {
      const changed = await em.findOneOrFail(User, { id: user.id });
      changed.passwordHash = passwordHash;
      changed.passwordChangedAt = at;
      await em.flush();
      await this.core.events.emit({ em }, 'user.passwordChanged', { user: changed, at });
    });
    await this.sessions.revokeAll(ctx.em, user.id);
    ctx.log.info({ userId: id, by: ctx.viewer?.userId }, 'password reset by admin');
    return user;
  }
}
