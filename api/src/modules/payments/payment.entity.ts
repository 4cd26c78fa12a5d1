import {
  BigIntType,
  Entity,
  Enum,
  Filter,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Invoice, LedgerEntry } from '../billing';
import { User } from '../identity';
import { Reseller } from '../resellers';
import { PaymentKind, PaymentMethod, PaymentSource, PaymentState } from './enums';
import { PaymentGateway } from './gateway.entity';

/**
 * One money movement through a gateway (PAY-1, PAY-2): a charge or a refund, from the moment it
 * is sent until the gateway's answer is in. Its ledger entry is written only on a confirmed
 * success, in the same transaction that marks it SUCCEEDED, under the key `payment:<id>`.
 */
@ObjectType({ description: 'A charge or refund through a payment gateway, and what the gateway answered.' })
@Entity({ tableName: 'payment' })
@Index({ properties: ['account', 'id'] })
@Index({ properties: ['state', 'nextAttemptAt'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class Payment {
  [OptionalProps]?:
    | 'state'
    | 'invoice'
    | 'card'
    | 'token'
    | 'receivedMinor'
    | 'receivedCurrency'
    | 'slot'
    | 'transactionId'
    | 'declineCode'
    | 'reason'
    | 'attempts'
    | 'nextAttemptAt'
    | 'refundOf'
    | 'ledgerEntry'
    | 'createdBy'
    | 'createdAt'
    | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  account!: Account;

  @ManyToOne(() => Invoice, { nullable: true, deleteRule: 'restrict' })
  invoice: Invoice | null = null;

  @ManyToOne(() => PaymentGateway, { deleteRule: 'restrict' })
  gateway!: PaymentGateway;

  @Field(() => PaymentKind)
  @Enum({ items: () => PaymentKind, type: 'string' })
  kind!: PaymentKind;

  @Field(() => PaymentMethod)
  @Enum({ items: () => PaymentMethod, type: 'string' })
  method!: PaymentMethod;

  @Field(() => PaymentSource)
  @Enum({ items: () => PaymentSource, type: 'string' })
  source!: PaymentSource;

  @Field(() => PaymentState)
  @Enum({ items: () => PaymentState, type: 'string', default: PaymentState.PENDING })
  state: PaymentState = PaymentState.PENDING;

  /** Positive minor units (a refund too). */
  @Property({ type: new BigIntType('bigint') })
  amountMinor!: bigint;

  @Field(() => String)
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => String, { nullable: true, description: 'The card, as “Visa •••• 4242”, for card payments.' })
  @Property({ type: 'string', length: 60, nullable: true })
  card: string | null = null;

  /** The card's gateway token, so a retry can resend the charge (a token, never a card number). */
  @Property({ type: 'string', length: 200, nullable: true })
  token: string | null = null;

  /** What a notification said was paid, when it differs from what was asked (a HELD payment). */
  @Property({ type: new BigIntType('bigint'), nullable: true })
  receivedMinor: bigint | null = null;

  @Property({ type: 'string', length: 3, nullable: true })
  receivedCurrency: string | null = null;

  /** Sent as the gateway's idempotency key (and Authorize.Net's order number): the same on every retry. */
  @Property({ type: 'string', length: 60, unique: true })
  idempotencyKey!: string;

  /**
   * Held while a card charge of an invoice (or a refund of a payment) is in flight: unique, so a
   * second concurrent attempt cannot start. Cleared when the answer is in.
   */
  @Property({ type: 'string', length: 60, nullable: true, unique: true })
  slot: string | null = null;

  @Field(() => String, { nullable: true, description: 'The gateway’s transaction ID.' })
  @Property({ type: 'string', length: 100, nullable: true })
  transactionId: string | null = null;

  @Field(() => String, { nullable: true, description: 'The gateway’s decline code.' })
  @Property({ type: 'string', length: 60, nullable: true })
  declineCode: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was declined, failed or held, or why it is still pending.',
  })
  @Property({ type: 'string', length: 500, nullable: true })
  reason: string | null = null;

  @Field(() => Int, { description: 'Requests sent to the gateway for it (retries use the same idempotency key).' })
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  /** When a PENDING card payment is next retried (the request that sent it owns it until then). */
  @Property({ type: 'Date', nullable: true })
  nextAttemptAt: Date | null = null;

  @ManyToOne(() => Payment, { nullable: true, deleteRule: 'restrict' })
  refundOf: Payment | null = null;

  @ManyToOne(() => LedgerEntry, { nullable: true, deleteRule: 'restrict' })
  ledgerEntry: LedgerEntry | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy: User | null = null;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
