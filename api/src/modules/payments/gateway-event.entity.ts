import { Entity, Filter, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { resellerOwnedScope, SCOPE } from '../../db/scope';
import { Reseller } from '../resellers';
import { PaymentGateway } from './gateway.entity';
import { Payment } from './payment.entity';

/**
 * A verified notification from a redirect gateway, kept once per gateway event ID (PAY-2): the
 * unique key is what makes a notification sent twice credit once.
 */
@Entity({ tableName: 'gateway_event' })
@Unique({ properties: ['gateway', 'eventId'] })
@Filter({ name: SCOPE, default: true, cond: resellerOwnedScope })
export class GatewayEvent {
  [OptionalProps]?: 'payment' | 'receivedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @ManyToOne(() => PaymentGateway, { deleteRule: 'cascade' })
  gateway!: PaymentGateway;

  @Property({ type: 'string', length: 150 })
  eventId!: string;

  @ManyToOne(() => Payment, { nullable: true, deleteRule: 'set null' })
  payment: Payment | null = null;

  /** What the panel did: CREDITED, HELD, IGNORED (not a completed payment) or UNMATCHED. */
  @Property({ type: 'string', length: 20 })
  outcome!: string;

  @Property({ type: 'string', length: 500 })
  detail!: string;

  @Property({ type: 'Date' })
  receivedAt: Date = new Date();
}
