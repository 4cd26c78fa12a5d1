import { Entity, Enum, Filter, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { resellerOwnedScope, SCOPE } from '../../db/scope';
import type { Config } from '../../config';
import { Reseller } from '../resellers';
import { GatewayKind } from './enums';
import { paymentSettings } from './settings';

/**
 * A company's connection to a payment gateway (PAY-3). Its credentials are sealed with the
 * panel's SecretBox and never leave the server: the API only says which ones are set.
 */
@ObjectType({ description: 'A connection to a payment gateway, configured per company. Credentials are write-only.' })
@Entity({ tableName: 'payment_gateway' })
@Unique({ properties: ['reseller', 'name'] })
@Filter({ name: SCOPE, default: true, cond: resellerOwnedScope })
export class PaymentGateway {
  [OptionalProps]?:
    | 'enabled'
    | 'testMode'
    | 'baseUrl'
    | 'merchantAccount'
    | 'credentials'
    | 'credentialNames'
    | 'createdAt'
    | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @Field(() => GatewayKind)
  @Enum({ items: () => GatewayKind, type: 'string' })
  kind!: GatewayKind;

  @Field(() => String, { description: 'Shown to customers on the pay buttons.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** ISO 4217 codes it takes, comma-separated ("USD,EUR"). */
  @Property({ type: 'string', length: 200 })
  currencies!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  enabled: boolean = true;

  @Field(() => Boolean, {
    description: 'Talks to the provider’s sandbox: no real money. The sandbox gateway is always in test mode.',
  })
  @Property({ type: 'boolean', default: true })
  testMode: boolean = true;

  @Field(() => String, {
    nullable: true,
    description: 'Where the provider’s API is (master admin only); null: the provider’s own live or sandbox address.',
  })
  @Property({ type: 'string', length: 300, nullable: true })
  baseUrl: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The merchant’s public account at the provider (PayPal: its business e-mail or merchant ID).',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  merchantAccount: string | null = null;

  /** SecretBox-sealed JSON of the secret fields (API keys, transaction keys, webhook secrets). */
  @Property({ type: 'text', nullable: true, lazy: true })
  credentials: string | null = null;

  /** Which secret fields are set, comma-separated (what the API may tell). */
  @Property({ type: 'string', length: 200, default: '' })
  credentialNames: string = '';

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** Whether a gateway takes payments now: enabled, and not the sandbox where this installation turns it off. */
export function inService(config: Config, g: PaymentGateway): boolean {
  return g.enabled && (g.kind !== GatewayKind.SANDBOX || paymentSettings.of(config).sandbox);
}

/** The ISO 4217 codes a gateway takes. */
export const currenciesOf = (g: PaymentGateway): string[] => g.currencies.split(',').filter(Boolean);
