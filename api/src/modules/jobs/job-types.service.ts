import { z } from 'zod';
import { unscoped } from '../../db/scope';
import type { Ctx } from '../../graphql/context';
import { notFound, validate } from '../../errors';
import { audit } from '../audit';
import { Role } from '../identity';
import { Reseller } from '../resellers';
import { JobType } from './job-type.entity';
import { priceField } from './price';

const jobTypeSchema = (currency: string) =>
  z.object({
    name: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
    description: z.string().trim().max(5000, 'must be at most 5000 characters').nullish(),
    price: priceField(currency),
    active: z.boolean().nullish(),
    position: z
      .number()
      .int('must be a whole number')
      .min(0, 'must not be negative')
      .max(10000, 'must be at most 10000')
      .nullish(),
  });

/**
 * The catalogue of custom job types of a company (SUP-3). Every viewer sees their own company's:
 * admins all of them (the master its own company's, not its resellers'), customers the active ones.
 */
export class JobTypeService {
  list(ctx: Ctx): Promise<JobType[]> {
    const viewer = ctx.viewer!;
    const where =
      viewer.role === Role.END_USER ? { reseller: viewer.resellerId, active: true } : { reseller: viewer.resellerId };
    return ctx.em.find(JobType, where, { orderBy: { position: 'asc', id: 'asc' }, limit: 200 });
  }

  /** One job type of the viewer's company (a customer: an active one); another company's: NOT_FOUND. */
  async get(ctx: Ctx, id: number): Promise<JobType> {
    const type = (await this.list(ctx)).find((t) => t.id === id);
    if (!type) throw notFound('Job type');
    return type;
  }

  async create(ctx: Ctx, input: unknown): Promise<JobType> {
    const reseller = await this.company(ctx);
    const v = validate(jobTypeSchema(reseller.currency), input);
    return ctx.em.transactional(async (em) => {
      const type = em.create(JobType, {
        reseller,
        name: v.name,
        description: v.description ?? '',
        priceMinor: v.price,
        active: v.active ?? true,
        position: v.position ?? 0,
      });
      await em.flush();
      audit(em, {
        resellerId: reseller.id,
        actorId: ctx.viewer!.userId,
        action: 'jobType.created',
        detail: `Job type ${type.name} (${type.id}) created`,
      });
      return type;
    });
  }

  /** Replaces a job type's fields; jobs already ordered keep the price they were ordered at. */
  async update(ctx: Ctx, id: number, input: unknown): Promise<JobType> {
    const reseller = await this.company(ctx);
    const v = validate(jobTypeSchema(reseller.currency), input);
    const existing = await this.get(ctx, id);
    return ctx.em.transactional(async (em) => {
      const type = await em.findOneOrFail(JobType, { id: existing.id });
      em.assign(type, {
        name: v.name,
        description: v.description ?? '',
        priceMinor: v.price,
        active: v.active ?? true,
        position: v.position ?? 0,
      });
      audit(em, {
        resellerId: reseller.id,
        actorId: ctx.viewer!.userId,
        action: 'jobType.updated',
        detail: `Job type ${type.name} (${type.id}) saved`,
      });
      await em.flush();
      return type;
    });
  }

  /** Deletes a job type; jobs ordered from it keep their title and price. */
  async delete(ctx: Ctx, id: number): Promise<boolean> {
    const existing = await this.get(ctx, id);
    await ctx.em.transactional(async (em) => {
      audit(em, {
        resellerId: ctx.viewer!.resellerId,
        actorId: ctx.viewer!.userId,
        action: 'jobType.deleted',
        detail: `Job type ${existing.name} (${existing.id}) deleted`,
      });
      await em.nativeDelete(JobType, { id: existing.id });
    });
    return true;
  }

  /** The currency prices are in: the company's. */
  async company(ctx: Ctx): Promise<Reseller> {
    return ctx.em.findOneOrFail(
      Reseller,
      { id: ctx.viewer!.resellerId },
      unscoped('the viewer’s own company, for its currency, whatever their role'),
    );
  }
}
