import crypto from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import { badInput, notFound } from '../../errors';
import type { Ctx } from '../../graphql/context';
import { findPage, type Connection, type Page } from '../../graphql/pagination';
import { Role } from '../../graphql/roles';
import type { Core } from '../../module';
import { Account } from '../accounts';
import { audit } from '../audit';
import type { AuthService } from '../identity';
import { Reseller } from '../resellers';
import { validate } from '../../errors';
import { queueTestEvent } from './deliveries';
import { allowsPrivateTargets } from './policy';
import { targetProblem } from './targets';
import { WebhookDelivery } from './webhook-delivery.entity';
import { Webhook } from './webhook.entity';
import { createSchema, updateSchema } from './webhooks.inputs';

/** How many webhooks one company (or one account) may keep. */
export const MAX_WEBHOOKS = 20;

/** A new signing secret: 32 random bytes, recognisable by its prefix. */
const newSecret = () => `whsec_${crypto.randomBytes(32).toString('base64url')}`;

/**
 * Webhooks of the viewer: an admin's are the company's (the master's the root company's), an end
 * user's its active account's. A webhook outside them is NOT_FOUND, whatever the tenant filter
 * would let the viewer see (an admin does not read an end user's secret or log).
 */
export class WebhookService {
  constructor(
    private readonly core: Pick<Core, 'secrets' | 'tasks'>,
    private readonly auth: Pick<AuthService, 'confirmPassword'>,
  ) {}

  /** The owner condition of the viewer's webhooks (see the class). */
  private mine(ctx: Ctx): FilterQuery<Webhook> {
    const viewer = ctx.viewer!;
    if (viewer.role !== Role.END_USER) return { reseller: viewer.resellerId, account: null };
    const accountId = viewer.session.activeAccount?.id;
    if (!accountId) throw badInput([{ field: 'accountId', message: 'is required: you have no active account' }]);
    return { reseller: viewer.resellerId, account: accountId };
  }

  list(ctx: Ctx): Promise<Webhook[]> {
    return ctx.em.find(Webhook, this.mine(ctx), { orderBy: { id: 'asc' }, limit: MAX_WEBHOOKS });
  }

  async get(ctx: Ctx, id: number): Promise<Webhook> {
    const hook = await ctx.em.findOne(Webhook, { $and: [{ id }, this.mine(ctx)] });
    if (!hook) throw notFound('Webhook');
    return hook;
  }

  /** BAD_USER_INPUT on `url` when the policy refuses its target. */
  private async checkTarget(ctx: Ctx, url: URL): Promise<void> {
    const problem = await targetProblem(url, await allowsPrivateTargets(ctx.em));
    if (problem) throw badInput([{ field: 'url', message: problem }]);
  }

  async create(ctx: Ctx, input: unknown): Promise<{ webhook: Webhook; secret: string }> {
    const v = validate(createSchema, input);
    const mine = this.mine(ctx) as { reseller: number; account: number | null };
    await this.checkTarget(ctx, v.url);
    if ((await ctx.em.count(Webhook, mine)) >= MAX_WEBHOOKS)
      throw badInput([{ field: 'url', message: `at most ${MAX_WEBHOOKS} webhooks can be kept; delete one first` }]);
    const secret = newSecret();
    const webhook = ctx.em.create(Webhook, {
      reseller: ctx.em.getReference(Reseller, mine.reseller),
      account: mine.account ? ctx.em.getReference(Account, mine.account) : null,
      url: v.url.toString(),
      events: v.events,
      description: v.description,
      enabled: v.enabled,
      secret: this.core.secrets.seal(secret),
    });
    await ctx.em.flush();
    this.audit(ctx, webhook, 'webhooks.created', `Webhook ${webhook.id} to ${v.url.host} created`);
    await ctx.em.flush();
    ctx.log.info({ webhookId: webhook.id, by: ctx.viewer!.userId }, 'webhook created');
    return { webhook, secret };
  }

  async update(ctx: Ctx, id: number, input: unknown): Promise<Webhook> {
    const v = validate(updateSchema, input);
    const webhook = await this.get(ctx, id);
    if (v.url) {
      await this.checkTarget(ctx, v.url);
      webhook.url = v.url.toString();
    }
    if (v.events) webhook.events = v.events;
    if (v.description != null) webhook.description = v.description;
    if (v.enabled != null) webhook.enabled = v.enabled;
    webhook.updatedAt = new Date();
    this.audit(ctx, webhook, 'webhooks.updated', `Webhook ${webhook.id} changed`);
    await ctx.em.flush();
    return webhook;
  }

  /** Deletes it with its log; deliveries still queued find it gone and send nothing. */
  async delete(ctx: Ctx, id: number): Promise<boolean> {
    const webhook = await this.get(ctx, id);
    this.audit(ctx, webhook, 'webhooks.deleted', `Webhook ${webhook.id} to ${new URL(webhook.url).host} deleted`);
    await ctx.em.nativeDelete(WebhookDelivery, { webhook: webhook.id });
    ctx.em.remove(webhook);
    await ctx.em.flush();
    return true;
  }

  /** A new secret: deliveries from now on (retries included) are signed with it. */
  async rotateSecret(ctx: Ctx, id: number): Promise<{ webhook: Webhook; secret: string }> {
    const webhook = await this.get(ctx, id);
    const secret = newSecret();
    webhook.secret = this.core.secrets.seal(secret);
    webhook.updatedAt = new Date();
    this.audit(ctx, webhook, 'webhooks.secretRotated', `Webhook ${webhook.id}’s secret rotated`);
    await ctx.em.flush();
    return { webhook, secret };
  }

  /** The current secret, behind the viewer's password (the field named `password` on a wrong one). */
  async revealSecret(ctx: Ctx, id: number, password: string): Promise<string> {
    const webhook = await this.get(ctx, id);
    await this.auth.confirmPassword(ctx, password, 'password');
    const sealed = await ctx.em.findOneOrFail(Webhook, { id: webhook.id }, { populate: ['secret'] });
    this.audit(ctx, webhook, 'webhooks.secretRevealed', `Webhook ${webhook.id}’s secret shown`);
    await ctx.em.flush();
    return this.core.secrets.open(sealed.secret);
  }

  /** Queues a test event (a delivery task like any other); its attempt shows in the log. */
  async sendTest(ctx: Ctx, id: number): Promise<{ eventId: string }> {
    const webhook = await this.get(ctx, id);
    const event = queueTestEvent(ctx.em, this.core, webhook);
    await ctx.em.flush();
    this.core.tasks.notify();
    return { eventId: event.id };
  }

  async deliveries(ctx: Ctx, webhookId: number, page: Page): Promise<Connection<WebhookDelivery>> {
    const webhook = await this.get(ctx, webhookId);
    return findPage(ctx.em, WebhookDelivery, () => ({ webhook: webhook.id }), page);
  }

  private audit(ctx: Ctx, webhook: Webhook, action: string, detail: string): void {
    audit(ctx.em, {
      resellerId: webhook.reseller.id,
      accountId: webhook.account?.id ?? null,
      actorId: ctx.viewer!.userId,
      action,
      detail,
    });
  }
}
