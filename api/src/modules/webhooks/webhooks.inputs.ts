import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { ConnectionType, PageArgs } from '../../graphql/pagination';
import { EVENT_TYPES, WebhookEventType } from './events';
import { WebhookDelivery } from './webhook-delivery.entity';
import { Webhook } from './webhook.entity';

@InputType({ description: 'A new webhook.' })
export class CreateWebhookInput {
  @Field(() => String, {
    description:
      'Where deliveries are POSTed: an http or https URL without user name or password, at most 2000 characters; not an address on a private network unless the master allows it.',
  })
  url!: string;

  @Field(() => [WebhookEventType], { description: 'The events it is told about (at least one).' })
  events!: WebhookEventType[];

  @Field(() => String, { nullable: true, description: 'A note for the people who keep it (up to 200 characters).' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Deliver events to it (default true).' })
  enabled?: boolean | null;
}

@InputType({ description: 'Changes to a webhook: the fields given are changed, the others kept.' })
export class UpdateWebhookInput {
  @Field(() => String, { nullable: true, description: 'A new URL (the same rules as on creation).' })
  url?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'The events it is told about (at least one).' })
  events?: WebhookEventType[] | null;

  @Field(() => String, { nullable: true, description: 'A note for the people who keep it (up to 200 characters).' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Deliver events to it.' })
  enabled?: boolean | null;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID, { description: 'The webhook whose log to read.' })
  webhookId!: string;
}

export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery');

@ObjectType({ description: 'A webhook with its signing secret, shown once: when it is created or its secret rotated.' })
export class WebhookWithSecret {
  @Field(() => Webhook)
  webhook!: Webhook;

  @Field(() => String, {
    description:
      'The secret the `x-heliosphere-signature` header is made with: HMAC-SHA256 over "<t>.<body>", sent as "t=<t>,v1=<hex>".',
  })
  secret!: string;
}

@ObjectType({ description: 'A test event queued for delivery; its attempt appears in the webhook’s delivery log.' })
export class WebhookTestEvent {
  @Field(() => String, { description: 'The test event’s ID, as its delivery log rows show it.' })
  eventId!: string;
}

@ObjectType({ description: 'The master’s rules for where webhooks may be sent.' })
export class WebhookPolicyView {
  @Field(() => Boolean, {
    description:
      'Webhooks may target private, loopback and link-local addresses (off: such URLs are refused when saved and when sent).',
  })
  allowPrivateTargets!: boolean;
}

const urlField = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(2000, 'must be at most 2000 characters')
  .transform((text, zctx) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      zctx.addIssue({ code: 'custom', message: 'is not a URL' });
      return z.NEVER;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      zctx.addIssue({ code: 'custom', message: 'must start with http:// or https://' });
      return z.NEVER;
    }
    if (url.username || url.password) {
      zctx.addIssue({ code: 'custom', message: 'must not hold a user name or password' });
      return z.NEVER;
    }
    if (!url.hostname) {
      zctx.addIssue({ code: 'custom', message: 'has no host' });
      return z.NEVER;
    }
    url.hash = '';
    return url;
  });

const eventsField = z
  .array(z.enum(EVENT_TYPES as [WebhookEventType, ...WebhookEventType[]]), { message: 'must be a list of events' })
  .min(1, 'choose at least one event')
  .max(EVENT_TYPES.length, 'lists an event twice')
  .refine((list) => new Set(list).size === list.length, 'lists an event twice');

const descriptionField = z
  .string()
  .trim()
  .max(200, 'must be at most 200 characters')
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must be one line of text');

export const createSchema = z.object({
  url: urlField,
  events: eventsField,
  description: descriptionField.nullish().transform((v) => v ?? ''),
  enabled: z
    .boolean()
    .nullish()
    .transform((v) => v ?? true),
});

export const updateSchema = z.object({
  url: urlField.nullish(),
  events: eventsField.nullish(),
  description: descriptionField.nullish(),
  enabled: z.boolean().nullish(),
});
