import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import { badInput, notFound, validate } from '../../errors';
import type { Ctx } from '../../graphql/context';
import { Reseller } from '../resellers';
import { Role } from './enums';
import { hashPassword } from './password';
import type { SessionService } from './sessions.service';
import { User } from './user.entity';
import { emailSchema, loginSchema, passwordSchema } from './validation';

const createSchema = z.object({ login: loginSchema, email: emailSchema, password: passwordSchema });

/**
 * A company's support staff logins (SUP-1: "staff logins with a support role"), kept by its admins:
 * the master admin's for the root company, a reseller admin's for theirs. Always the viewer's own
 * company, the master's included (its staff never see its resellers' customers).
 */
export class StaffService {
  constructor(private readonly sessions: Pick<SessionService, 'revokeAll'>) {}

  list(ctx: Ctx): Promise<User[]> {
    return ctx.em.find(
      User,
      { reseller: ctx.viewer!.resellerId, role: Role.SUPPORT_STAFF },
      { orderBy: { login: 'asc' }, limit: 200 },
    );
  }

  async create(ctx: Ctx, input: unknown): Promise<User> {
    const v = validate(createSchema, input);
    const reseller = ctx.em.getReference(Reseller, ctx.viewer!.resellerId);
    const passwordHash = await hashPassword(v.password);
    try {
      const user = ctx.em.create(User, {
        reseller,
        login: v.login,
        email: v.email,
        passwordHash,
        role: Role.SUPPORT_STAFF,
      });
      await ctx.em.flush();
      ctx.log.info({ userId: user.id, by: ctx.viewer!.userId }, 'staff login created');
      return user;
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException)
        throw badInput([{ field: 'login', message: 'is already taken' }]);
      throw err;
    }
  }

  /** Disables a staff login (its sessions end at once) or enables it again. Their messages stay theirs. */
  async setDisabled(ctx: Ctx, id: number, disabled: boolean): Promise<User> {
    const user = await ctx.em.findOne(User, { id, reseller: ctx.viewer!.resellerId, role: Role.SUPPORT_STAFF });
    if (!user) throw notFound('Staff login');
    if (disabled === (user.disabledAt !== null)) return user;
    await ctx.em.transactional(async (em) => {
      user.disabledAt = disabled ? new Date() : null;
      if (disabled) await this.sessions.revokeAll(em, user.id);
    });
    ctx.log.info({ userId: user.id, by: ctx.viewer!.userId, disabled }, 'staff login changed');
    return user;
  }
}
