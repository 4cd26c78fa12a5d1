import { defineModule } from '../../module';
import { identityModule } from '../identity';
import { deliverHandler } from './deliveries';
import { listen } from './listeners';
import { pruneDeliveryLog } from './retention';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookPolicy } from './webhook-policy.entity';
import { Webhook } from './webhook.entity';
import { WebhookService } from './webhooks.service';
import { WebhooksResolver } from './webhooks.resolver';

export interface WebhooksApi {
  webhooks: WebhookService;
}

/**
 * Webhooks (issue 20): companies and end users subscribe URLs to events of their accounts
 * (created, suspended, resumed; domain active; invoice issued, paid; payment failed; ticket
 * replied). Each delivery is a task queued in the transaction of the change it tells about,
 * signed like the sandbox gateway's notifications (http/signed-body.ts), retried with the engine's
 * backoff and logged per attempt; targets on the panel's own networks are refused unless the
 * master allows them, when saved and on the address actually connected to.
 */
export const webhooksModule = defineModule<WebhooksApi>({
  name: 'webhooks',
  entities: [Webhook, WebhookDelivery, WebhookPolicy],
  migrations: { sqlite, postgresql },
  services: (core, areas) => ({ webhooks: new WebhookService(core, areas.get(identityModule).auth) }),
  resolvers: [WebhooksResolver],
  taskHandlers: (_api, core) => [deliverHandler(core)],
  events: (bus, _api, core) => listen(bus, core),
  schedule(_api, core) {
    core.tasks.every('webhooks.prune', 3600_000, async ({ orm, log }) => {
      const removed = await pruneDeliveryLog(orm);
      if (removed) log.info({ removed }, 'old webhook delivery log rows removed');
    });
  },
});

export { WebhookEventType } from './events';
