import type { FilterQuery } from '@mikro-orm/core';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import { containsText } from '../../db/search';
import type { Ctx } from '../../graphql/context';
import { badInput, notFound, validate } from '../../errors';
import { findPage, type Connection, type Page } from '../../graphql/pagination';
import { Language, Role, Skin } from '../identity/enums';
import { hashPassword } from '../identity/password';
import { User } from '../identity/user.entity';
import { emailSchema, loginSchema, nameSchema, passwordSchema } from '../identity/validation';
import { Reseller } from './reseller.entity';

export const hostNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253, 'must be at most 253 characters')
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/,
    'must be a host name such as cp.example.com',
  )
  // RES-2: reseller panels answer only on their host names, never on a bare IP address.
  .refine((h) => !/^[0-9.]+$/.test(h), 'must be a host name, not an IP address');

const createSchema = z.object({
  name: nameSchema(100),
  cpHost: hostNameSchema,
  adminLogin: loginSchema,
  adminEmail: emailSchema,
  adminPassword: passwordSchema,
});

const settingsSchema = z.object({
  name: nameSchema(100).nullish(),
  defaultSkin: z.enum(Skin).nullish(),
  defaultLanguage: z.enum(Language).nullish(),
});

export class ResellerService {
  async get(ctx: Ctx, id: number): Promise<Reseller> {
    const reseller = await ctx.em.findOne(Reseller, { id });
    if (!reseller) throw notFound('Reseller');
    return reseller;
  }

  async list(ctx: Ctx, page: Page): Promise<Connection<Reseller>> {
    const d = ctx.config.database.dialect;
    const term = page.search;
    const where = (): FilterQuery<Reseller> =>
      term ? { $or: [containsText(d, 'name', term), containsText(d, 'cp_host', term)] } : {};
    return findPage(ctx.em, Reseller, where, page);
  }

  /** The master admin creates a private-label reseller together with its first admin login. */
  async create(ctx: Ctx, input: unknown): Promise<Reseller> {
    const v = validate(createSchema, input);
    const passwordHash = await hashPassword(v.adminPassword);
    try {
      return await ctx.em.transactional(async (em) => {
        const reseller = em.create(Reseller, { name: v.name, cpHost: v.cpHost });
        em.create(User, {
          reseller,
          login: v.adminLogin,
          email: v.adminEmail,
          passwordHash,
          role: Role.RESELLER_ADMIN,
        });
        await em.flush();
        return reseller;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException)
        throw badInput([{ field: 'cpHost', message: 'is already used by another reseller' }]);
      throw err;
    }
  }

  /** An admin changes its own company's settings (default skin and language for its users, LF-3). */
  async updateOwnSettings(ctx: Ctx, input: unknown): Promise<Reseller> {
    const v = validate(settingsSchema, input);
    const reseller = await this.get(ctx, ctx.viewer!.resellerId);
    if (v.name) reseller.name = v.name;
    if (v.defaultSkin) reseller.defaultSkin = v.defaultSkin;
    if (v.defaultLanguage) reseller.defaultLanguage = v.defaultLanguage;
    await ctx.em.flush();
    return reseller;
  }
}
