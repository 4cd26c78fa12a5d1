import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import type { Ctx } from '../../graphql/context';
import { findPage, type Connection, type Page } from '../../graphql/pagination';
import { badInput, conflict, notFound, validate } from '../../errors';
import type { Core } from '../../module';
import { accountForViewer, type Account } from '../accounts';
import { audit } from '../audit';
import { Invoice, InvoiceState, issueOneOffInvoice, voidOpenInvoice } from '../billing';
import { isSupportDesk, User } from '../identity';
import { CustomJobMessage } from './custom-job-message.entity';
import { CustomJob } from './custom-job.entity';
import { CustomJobState, JobOrderedBy, NEXT_STATES } from './enums';
import { mailJobOrdered, mailJobUpdated } from './job-mail';
import { JobType } from './job-type.entity';
import type { JobTypeService } from './job-types.service';
import { priceField } from './price';

const brief = z.string().trim().min(1, 'must not be empty').max(10000, 'must be at most 10000 characters');
const orderSchema = z.object({ accountId: z.number().int().positive(), jobTypeId: z.number().int().positive(), brief });
const createSchema = (currency: string) =>
  orderSchema.extend({
    title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').nullish(),
    price: priceField(currency).nullish(),
  });
const messageSchema = z.object({
  body: z.string().trim().min(1, 'must not be empty').max(10000, 'must be at most 10000 characters'),
  internal: z.boolean(),
});

/** The most messages a thread answers (the newest are kept). */
export const MAX_THREAD = 500;

const isStaff = (ctx: Ctx) => isSupportDesk(ctx.viewer!.role);

/**
 * Custom jobs (SUP-3): ordered by a customer or created by staff for them, invoiced at once through
 * billing (a one-off invoice with the company's tax; paid like any other), moved through their
 * states by the staff, with a thread of their own. The staff of the account's company see and do
 * them (the master its own company's); a customer sees those of their accounts, never internal notes.
 */
export class CustomJobService {
  constructor(
    private readonly core: Pick<Core, 'events' | 'tasks' | 'config'>,
    private readonly types: JobTypeService,
  ) {}

  /** The queue (staff: the company's; a customer: their accounts'), newest first, optionally one state or account. */
  list(ctx: Ctx, page: Page, state: CustomJobState | null, accountId: number | null): Promise<Connection<CustomJob>> {
    return findPage(
      ctx.em,
      CustomJob,
      (): FilterQuery<CustomJob> => {
        const and: FilterQuery<CustomJob>[] = [{ reseller: ctx.viewer!.resellerId }];
        if (state) and.push({ state });
        if (accountId !== null) and.push({ account: accountId });
        return { $and: and };
      },
      page,
    );
  }

  /** One job the viewer may see; another company's or another customer's: NOT_FOUND. */
  async get(ctx: Ctx, id: number, em: EntityManager = ctx.em): Promise<CustomJob> {
    const job = await em.findOne(CustomJob, { id, reseller: ctx.viewer!.resellerId });
    if (!job) throw notFound('Custom job');
    return job;
  }

  /** A customer orders a job type of their company for one of their accounts; staff doing it count as staff. */
  async order(ctx: Ctx, input: unknown): Promise<CustomJob> {
    const v = validate(orderSchema, input);
    return this.place(ctx, v, null, null);
  }

  /** Staff create a job for a customer's account, with their own title or price if they give them. */
  async create(ctx: Ctx, input: unknown): Promise<CustomJob> {
    const company = await this.types.company(ctx);
    const v = validate(createSchema(company.currency), input);
    return this.place(ctx, v, v.title ?? null, v.price ?? null);
  }

  private async place(
    ctx: Ctx,
    v: z.output<typeof orderSchema>,
    title: string | null,
    price: bigint | null,
  ): Promise<CustomJob> {
    const staff = isStaff(ctx);
    const company = await this.types.company(ctx);
    const job = await ctx.em.transactional(async (em) => {
      const account = await this.account(ctx, em, v.accountId, !staff);
      const type = await em.findOne(JobType, {
        id: v.jobTypeId,
        reseller: company.id,
        ...(staff ? {} : { active: true }),
      });
      if (!type) throw notFound('Job type');
      const actor = em.getReference(User, ctx.viewer!.userId);
      const created = em.create(CustomJob, {
        reseller: company,
        account,
        jobType: type,
        title: title ?? type.name,
        brief: v.brief,
        priceMinor: price ?? type.priceMinor,
        currency: company.currency,
        orderedBy: staff ? JobOrderedBy.STAFF : JobOrderedBy.CUSTOMER,
        orderedByUser: actor,
      });
      await em.flush();
      created.invoice = await issueOneOffInvoice(em, this.core, {
        account,
        lines: [
          {
            description: `Custom job #${created.id}: ${created.title}`,
            quantity: 1,
            unitPriceMinor: created.priceMinor,
          },
        ],
        idempotencyKey: `custom-job:${created.id}`,
        createdBy: actor,
      });
      audit(em, {
        resellerId: company.id,
        accountId: account.id,
        actorId: ctx.viewer!.userId,
        action: 'customJob.ordered',
        detail: `Custom job ${created.id} (${created.title}) ordered for account ${account.id}`,
      });
      await em.flush();
      // The staff hear of a customer's order; a customer hears of a job the staff opened for them.
      if (staff) await mailJobUpdated(em, this.core.config, created, created.createdAt);
      else await mailJobOrdered(em, this.core.config, created);
      return created;
    });
    this.core.tasks.notify();
    return job;
  }

  /** Staff move a job (NEXT_STATES); cancelling voids its invoice while unpaid. The customer is mailed. */
  async setState(ctx: Ctx, id: number, state: CustomJobState): Promise<CustomJob> {
    const job = await ctx.em.transactional(async (em) => {
      const found = await this.get(ctx, id, em);
      if (found.state === state) return found;
      if (!NEXT_STATES[found.state].includes(state))
        throw conflict(`A ${found.state.toLowerCase()} job cannot move to ${state.toLowerCase()}`);
      return this.move(ctx, em, found, state);
    });
    this.core.tasks.notify();
    return job;
  }

  /** A customer cancels a job not started yet; its invoice is voided (a paid one: ask the staff). */
  async cancel(ctx: Ctx, id: number): Promise<CustomJob> {
    const job = await ctx.em.transactional(async (em) => {
      const found = await this.get(ctx, id, em);
      if (found.state !== CustomJobState.ORDERED)
        throw conflict('Only a job not started yet can be cancelled; write to the staff instead');
      const invoice = found.invoice ? await em.findOne(Invoice, { id: found.invoice.id }) : null;
      if (invoice?.state === InvoiceState.PAID)
        throw conflict(`Invoice ${invoice.number} for this job is paid; ask the staff to cancel it and refund you`);
      return this.move(ctx, em, found, CustomJobState.CANCELLED);
    });
    this.core.tasks.notify();
    return job;
  }

  private async move(ctx: Ctx, em: EntityManager, job: CustomJob, state: CustomJobState): Promise<CustomJob> {
    const now = new Date();
    const from = job.state;
    job.state = state;
    if (state === CustomJobState.DONE || state === CustomJobState.CANCELLED) job.closedAt = now;
    let voided = '';
    if (state === CustomJobState.CANCELLED && job.invoice) {
      // Billing's own void: OPEN → VOID and a CREDIT of its total. A paid invoice stays paid: a
      // refund or credit is the staff's decision, made in billing.
      const invoice = await em.findOneOrFail(Invoice, { id: job.invoice.id }, { populate: ['account'] });
      if (
        await voidOpenInvoice(
          em,
          this.core,
          invoice,
          `custom job ${job.id} cancelled`,
          em.getReference(User, ctx.viewer!.userId),
        )
      )
        voided = `; invoice ${invoice.number} voided`;
    }
    audit(em, {
      resellerId: job.reseller.id,
      accountId: job.account.id,
      actorId: ctx.viewer!.userId,
      action: 'customJob.state',
      detail: `Custom job ${job.id} moved from ${from} to ${state}${voided}`,
    });
    await em.flush();
    await mailJobUpdated(em, this.core.config, job, now);
    return job;
  }

  /** The thread, oldest first: staff see internal notes, customers never do. */
  messages(ctx: Ctx, job: CustomJob): Promise<CustomJobMessage[]> {
    return ctx.em.find(
      CustomJobMessage,
      { job: job.id, ...(isStaff(ctx) ? {} : { internal: false }) },
      { orderBy: { id: 'asc' }, limit: MAX_THREAD },
    );
  }

  /** Adds a message to a job's thread; only staff write internal notes, and customers not on a closed job. */
  async postMessage(ctx: Ctx, jobId: number, input: unknown): Promise<CustomJobMessage> {
    const v = validate(messageSchema, input);
    const staff = isStaff(ctx);
    if (v.internal && !staff) throw badInput([{ field: 'internal', message: 'only staff write internal notes' }]);
    return ctx.em.transactional(async (em) => {
      const job = await this.get(ctx, jobId, em);
      if (!staff && (job.state === CustomJobState.DONE || job.state === CustomJobState.CANCELLED))
        throw conflict('This job is closed; open a new one or contact support');
      const message = em.create(CustomJobMessage, {
        reseller: job.reseller,
        account: job.account,
        job,
        author: em.getReference(User, ctx.viewer!.userId),
        fromStaff: staff,
        body: v.body,
        internal: v.internal,
      });
      job.updatedAt = new Date();
      await em.flush();
      return message;
    });
  }

  /** The account a job is for: the viewer's own (a customer), or one of the staff's company. */
  private async account(ctx: Ctx, em: EntityManager, id: number, customer: boolean): Promise<Account> {
    const account = await accountForViewer(ctx, em, id, { inService: customer });
    if (account.reseller.id !== ctx.viewer!.resellerId) throw notFound('Account');
    return account;
  }
}
