import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import { containsText } from '../../db/search';
import { unscoped } from '../../db/scope';
import type { Ctx } from '../../graphql/context';
import { badInput, notFound, validate } from '../../errors';
import { findPage, type Connection, type Page } from '../../graphql/pagination';
import { Language, Skin } from '../../graphql/presentation';
import { companyDetailsSchema, hostNameSchema, nameSchema } from './validation';
import { Reseller } from './reseller.entity';
import { ResellerHost } from './reseller-host.entity';
import type { EntityManager } from '@mikro-orm/core';

const settingsSchema = companyDetailsSchema.extend({
  name: nameSchema(100).nullish(),
  productCredit: z.boolean().nullish(),
  defaultSkin: z.enum(Skin).nullish(),
  defaultLanguage: z.enum(Language).nullish(),
});

/** Other host names a reseller's panel answers on, beside its main one. */
export const MAX_HOST_ALIASES = 10;

/** What the master admin changes of any reseller. */
const updateSchema = companyDetailsSchema.extend({
  name: nameSchema(100).nullish(),
  cpHost: hostNameSchema.nullish(),
  cpHostAliases: z
    .array(hostNameSchema)
    .max(MAX_HOST_ALIASES, `at most ${MAX_HOST_ALIASES} host names`)
    .superRefine((hosts, ctx) => {
      hosts.forEach((h, i) => {
        if (hosts.indexOf(h) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `${h} is listed twice` });
      });
    })
    .nullish(),
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

  /** The master admin changes a reseller's name, panel hosts and company details. */
  async update(ctx: Ctx, id: number, input: unknown): Promise<Reseller> {
    const v = validate(updateSchema, input);
    const reseller = await this.get(ctx, id);
    const cpHost = v.cpHost ?? reseller.cpHost;
    const aliases = v.cpHostAliases ?? null;
    const taken: Array<{ field: string; message: string }> = [];
    if (v.cpHost && v.cpHost !== reseller.cpHost && (await hostTaken(ctx.em, v.cpHost, id)))
      taken.push({ field: 'cpHost', message: 'is already used by another reseller' });
    for (const [i, host] of (aliases ?? []).entries()) {
      if (host === cpHost) taken.push({ field: `cpHostAliases.${i}`, message: 'is the main host name already' });
      else if (await hostTaken(ctx.em, host, id))
        taken.push({ field: `cpHostAliases.${i}`, message: 'is already used by another reseller' });
    }
    if (taken.length) throw badInput(taken);
    try {
      await ctx.em.transactional(async (em) => {
        const r = await em.findOneOrFail(Reseller, { id });
        if (v.name) r.name = v.name;
        if (v.cpHost) r.cpHost = v.cpHost;
        applyDetails(r, v);
        if (aliases) {
          await em.nativeDelete(ResellerHost, { reseller: id });
          for (const host of aliases) em.create(ResellerHost, { reseller: r, host });
        }
      });
    } catch (err) {
      // Two companies claiming one host at the same moment: the unique indexes decide.
      if (err instanceof UniqueConstraintViolationException)
        throw badInput([
          { field: v.cpHost ? 'cpHost' : 'cpHostAliases', message: 'is already used by another reseller' },
        ]);
      throw err;
    }
    return ctx.em.findOneOrFail(Reseller, { id }, { refresh: true });
  }

  /** The other host names a reseller's panel answers on, in the order given. */
  async aliasesOf(ctx: Ctx, reseller: Reseller): Promise<string[]> {
    const hosts = await ctx.em.find(ResellerHost, { reseller }, { orderBy: { id: 'asc' } });
    return hosts.map((h) => h.host);
  }
}

/** Whether another company's panel answers on `host` already (its main host name or another). */
async function hostTaken(em: EntityManager, host: string, exceptId: number): Promise<boolean> {
  const opts = unscoped('a host name is unique across every company’s panels');
  return (
    (await em.count(Reseller, { cpHost: host, id: { $ne: exceptId } }, opts)) > 0 ||
    (await em.count(ResellerHost, { host, reseller: { $ne: exceptId } }, opts)) > 0
  );
}
