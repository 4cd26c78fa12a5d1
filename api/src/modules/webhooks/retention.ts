import type { MikroORM } from '@mikro-orm/core';
import { systemEm } from '../../db/scope';
import { WebhookDelivery } from './webhook-delivery.entity';

/** How long the delivery log keeps an attempt. */
export const DELIVERY_LOG_DAYS = 30;

/** Drops delivery log rows older than DELIVERY_LOG_DAYS (run hourly by the worker); answers how many. */
export function pruneDeliveryLog(orm: MikroORM, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - DELIVERY_LOG_DAYS * 86_400_000);
  return systemEm(orm.em, 'the delivery log of every company’s webhooks is pruned by age').nativeDelete(
    WebhookDelivery,
    { createdAt: { $lt: before } },
  );
}
