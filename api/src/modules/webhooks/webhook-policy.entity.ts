import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The master's webhook policy, one row (id 1; none: the defaults). `allowPrivateTargets`: webhooks
 * may be sent to private, loopback and link-local addresses (a panel whose receivers run on its own
 * network, or a test); off by default, so no customer can make the panel call its own network.
 */
@Entity({ tableName: 'webhook_policy' })
export class WebhookPolicy {
  [OptionalProps]?: 'allowPrivateTargets';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  id: number = 1;

  @Property({ type: 'boolean', default: false })
  allowPrivateTargets: boolean = false;
}
