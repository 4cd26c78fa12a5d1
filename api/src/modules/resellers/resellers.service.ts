import type { FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import { containsText } from '../../db/search';
import type { Ctx } from '../../graphql/context';
import { notFound, validate } from '../../errors';
import { findPage, type Connection, type Page } from '../../graphql/pagination';
import { Language, Skin } from '../../graphql/presentation';
import { nameSchema } from './validation';
import { Reseller } from './reseller.entity';

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
