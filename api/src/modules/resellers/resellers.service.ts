import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import { containsText } from '../../db/search';
import type { Ctx } from '../../graphql/context';
import { badInput, notFound, validate } from '../../errors';
import { findPage, type Connection, type Page } from '../../graphql/pagination';
import { Language, Skin } from '../../graphql/presentation';
import { companyDetailsSchema, hostNameSchema, nameSchema } from './validation';
import { Reseller } from './reseller.entity';

const settingsSchema = companyDetailsSchema.extend({
  name: nameSchema(100).nullish(),
  productCredit: z.boolean().nullish(),
  defaultSkin: z.enum(Skin).nullish(),
  defaultLanguage: z.enum(Language).nullish(),
});

/** What the master admin changes of any reseller. */
const updateSchema = companyDetailsSchema.extend({
  name: nameSchema(100).nullish(),
  cpHost: hostNameSchema.nullish(),
});

type CompanyDetails = z.infer<typeof companyDetailsSchema>;
const DETAILS = ['legalName', 'address', 'taxId', 'supportEmail', 'supportPhone'] as const;

/** Sets the details given (undefined: unchanged; null or empty: cleared). */
function applyDetails(reseller: Reseller, v: CompanyDetails): void {
  for (const key of DETAILS) if (v[key] !== undefined) reseller[key] = v[key] ?? null;
}

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
    if (v.productCredit != null && !reseller.isRoot)
      throw badInput([
        { field: 'productCredit', message: 'only the master’s company may name the product on its panel' },
      ]);
    if (v.productCredit != null) reseller.productCredit = v.productCredit;
    if (v.name) reseller.name = v.name;
    if (v.defaultSkin) reseller.defaultSkin = v.defaultSkin;
    if (v.defaultLanguage) reseller.defaultLanguage = v.defaultLanguage;
    applyDetails(reseller, v);
    await ctx.em.flush();
    return reseller;
  }

  /** The master admin changes a reseller's name, panel host and company details. */
  async update(ctx: Ctx, id: number, input: unknown): Promise<Reseller> {
    const v = validate(updateSchema, input);
    const reseller = await this.get(ctx, id);
    if (v.name) reseller.name = v.name;
    if (v.cpHost && v.cpHost !== reseller.cpHost) {
      const taken = await ctx.em.count(Reseller, { cpHost: v.cpHost, id: { $ne: id } });
      if (taken) throw badInput([{ field: 'cpHost', message: 'is already used by another reseller' }]);
      reseller.cpHost = v.cpHost;
    }
    applyDetails(reseller, v);
    try {
      await ctx.em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException)
        throw badInput([{ field: 'cpHost', message: 'is already used by another reseller' }]);
      throw err;
    }
    return reseller;
  }
}
