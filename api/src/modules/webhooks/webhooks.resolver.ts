import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import { parseId } from '../../errors';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { ListBound } from '../../graphql/list-bound';
import { parsePage, type Connection } from '../../graphql/pagination';
import { allowsPrivateTargets, setPolicy } from './policy';
import type { WebhookDelivery } from './webhook-delivery.entity';
import { Webhook } from './webhook.entity';
import { MAX_WEBHOOKS, type WebhookService } from './webhooks.service';
import {
  CreateWebhookInput,
  UpdateWebhookInput,
  WebhookDeliveriesArgs,
  WebhookDeliveryConnection,
  WebhookPolicyView,
  WebhookTestEvent,
  WebhookWithSecret,
} from './webhooks.inputs';

/**
 * Webhooks: a company's admins keep the company's (every account's events), an end user its
 * active account's. Deliveries are signed, retried and logged; the master decides whether private
 * addresses may be targets.
 */
@Resolver(() => Webhook)
export class WebhooksResolver {
  constructor(private readonly api: { webhooks: WebhookService }) {}

  @Access('user')
  @ListBound(MAX_WEBHOOKS)
  @Query(() => [Webhook], {
    description: 'Your webhooks: an admin’s company’s, an end user’s active account’s (oldest first).',
  })
  webhooks(@Context() ctx: Ctx): Promise<Webhook[]> {
    return this.api.webhooks.list(ctx);
  }

  @Access('user')
  @Query(() => Webhook, { description: 'One of your webhooks; NOT_FOUND otherwise.' })
  webhook(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Webhook> {
    return this.api.webhooks.get(ctx, parseId(id));
  }

  @Access('user')
  @Query(() => WebhookDeliveryConnection, {
    description: 'The delivery log of one of your webhooks, newest attempt first.',
  })
  webhookDeliveries(
    @Context() ctx: Ctx,
    @Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs,
  ): Promise<Connection<WebhookDelivery>> {
    return this.api.webhooks.deliveries(ctx, parseId(args.webhookId, 'webhookId'), parsePage(args));
  }

  @Access('user')
  @Mutation(() => WebhookWithSecret, {
    description: 'Subscribes a URL to events; the answer holds its signing secret, shown this once.',
  })
  createWebhook(
    @Context() ctx: Ctx,
    @Arg('input', () => CreateWebhookInput) input: CreateWebhookInput,
  ): Promise<WebhookWithSecret> {
    return this.api.webhooks.create(ctx, input);
  }

  @Access('user')
  @Mutation(() => Webhook, { description: 'Changes one of your webhooks (the fields given).' })
  updateWebhook(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWebhookInput) input: UpdateWebhookInput,
  ): Promise<Webhook> {
    return this.api.webhooks.update(ctx, parseId(id), input);
  }

  @Access('user')
  @Mutation(() => Boolean, { description: 'Deletes one of your webhooks and its delivery log.' })
  deleteWebhook(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<boolean> {
    return this.api.webhooks.delete(ctx, parseId(id));
  }

  @Access('user')
  @Mutation(() => WebhookWithSecret, {
    description: 'Gives one of your webhooks a new signing secret (shown this once); the old one stops at once.',
  })
  rotateWebhookSecret(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<WebhookWithSecret> {
    return this.api.webhooks.rotateSecret(ctx, parseId(id));
  }

  @Access('user')
  @Mutation(() => String, { description: 'Shows the signing secret of one of your webhooks, after your password.' })
  revealWebhookSecret(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('password', () => String, { description: 'Your own password.' }) password: string,
  ): Promise<string> {
    return this.api.webhooks.revealSecret(ctx, parseId(id), password);
  }

  @Access('user')
  @Mutation(() => WebhookTestEvent, {
    description:
      'Queues a "webhook.test" event to one of your webhooks (enabled or not); its attempt appears in the delivery log.',
  })
  sendTestWebhook(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<WebhookTestEvent> {
    return this.api.webhooks.sendTest(ctx, parseId(id));
  }

  @Access('master')
  @Query(() => WebhookPolicyView, { description: 'Where webhooks may be sent (the master’s policy).' })
  async webhookPolicy(@Context() ctx: Ctx): Promise<WebhookPolicyView> {
    return { allowPrivateTargets: await allowsPrivateTargets(ctx.em) };
  }

  @Access('master')
  @Mutation(() => WebhookPolicyView, {
    description:
      'Lets webhooks target private, loopback and link-local addresses, or stops it (for URLs saved and deliveries sent from now on).',
  })
  async setWebhookPolicy(
    @Context() ctx: Ctx,
    @Arg('allowPrivateTargets', () => Boolean) allowPrivateTargets: boolean,
  ): Promise<WebhookPolicyView> {
    return { allowPrivateTargets: await setPolicy(ctx, allowPrivateTargets) };
  }
}
