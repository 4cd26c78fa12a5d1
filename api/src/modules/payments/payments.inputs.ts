import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/pagination';
import { GatewayKind, PaymentMethod } from './enums';
import { Payment } from './payment.entity';
import { SavedCard } from './saved-card.entity';
import { ListBound } from '../../graphql/list-bound';

@InputType({
  description: 'A payment gateway connection. Secret fields are write-only: null or "" keeps the stored value.',
})
export class PaymentGatewayInput {
  @Field(() => GatewayKind, { description: 'Set when created; it cannot change.' })
  kind!: GatewayKind;

  @Field(() => String, { description: 'Shown to customers on the pay button (1–100 characters).' })
  name!: string;

  @Field(() => [String], {
    description: 'ISO 4217 codes the gateway takes; customers are offered it for invoices in these.',
  })
  currencies!: string[];

  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  enabled?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Use the provider’s sandbox. Default true; the built-in sandbox is always in test mode.',
  })
  testMode?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The provider’s API address, for a sandbox or a proxy (master admin only; https, or http on loopback).',
  })
  baseUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'PayPal: the business e-mail address or merchant ID payments go to.',
  })
  merchantAccount?: string | null;

  @Field(() => String, { nullable: true, description: 'Authorize.Net: API login ID (secret).' })
  apiLoginId?: string | null;

  @Field(() => String, { nullable: true, description: 'Authorize.Net: transaction key (secret).' })
  transactionKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Stripe: secret API key, sk_… (secret).' })
  secretKey?: string | null;
}

@InputType({ description: 'A card, sent once to the gateway for a token. The panel never stores its number or CVC.' })
export class CardInput {
  @Field(() => String, { description: '12–19 digits; spaces and dashes are ignored.' })
  number!: string;

  @Field(() => Int)
  expMonth!: number;

  @Field(() => Int, { description: 'Four digits, e.g. 2030.' })
  expYear!: number;

  @Field(() => String, { description: '3 or 4 digits.' })
  cvc!: string;

  @Field(() => String)
  holderName!: string;
}

@InputType({ description: 'Pay an open invoice by card: the saved card, or a new card at a gateway.' })
export class PayInvoiceInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => ID, { nullable: true, description: 'With a new card: the gateway to charge it at.' })
  gatewayId?: string | null;

  @Field(() => CardInput, {
    nullable: true,
    description: 'A new card; without it the account’s saved card is charged.',
  })
  card?: CardInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Keep the new card for the next invoices (charged automatically). Default false.',
  })
  saveCard?: boolean | null;
}

@InputType({ description: 'Save a card for an account: the billing run charges it for invoices.' })
export class SaveCardInput {
  @Field(() => ID, { nullable: true, description: 'Default: your active account.' })
  accountId?: string | null;

  @Field(() => ID)
  gatewayId!: string;

  @Field(() => CardInput)
  card!: CardInput;
}

@InputType({ description: 'Money back to the card a payment came from, through its gateway.' })
export class RefundCardPaymentInput {
  @Field(() => ID)
  paymentId!: string;

  @Field(() => String, { description: 'Major units, e.g. "5.00"; at most what is left to refund of the payment.' })
  amount!: string;

  @Field(() => String, { description: 'Why (3–500 characters); written to the audit trail.' })
  reason!: string;
}

@InputType({ description: 'An admin’s decision on a HELD payment.' })
export class ResolveHeldPaymentInput {
  @Field(() => ID)
  paymentId!: string;

  @Field(() => Boolean, {
    description:
      'true: the money arrived, credit it (what the notification reported, or the payment’s amount). false: cancel it.',
  })
  credit!: boolean;

  @Field(() => String, { description: 'What the admin checked (3–500 characters), for the audit trail.' })
  note!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The gateway’s transaction ID, when it was looked up at the gateway.',
  })
  transactionId?: string | null;
}

@ObjectType({ description: 'A way to pay an invoice: a gateway of the company, in the invoice’s currency.' })
export class PaymentOption {
  @Field(() => ID)
  gatewayId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => GatewayKind)
  kind!: GatewayKind;

  @Field(() => PaymentMethod)
  method!: PaymentMethod;

  @Field(() => Boolean, { description: 'No real money: a sandbox.' })
  testMode!: boolean;
}

@ObjectType({
  description:
    'A redirect payment started: send the customer to `url`; the gateway’s notification will credit the account.',
})
export class RedirectPayment {
  @Field(() => Payment)
  payment!: Payment;

  @Field(() => String)
  url!: string;
}

@ObjectType({ description: 'What a customer can pay with, and the saved card.' })
export class PaymentSetup {
  @ListBound(50)
  @Field(() => [PaymentOption])
  options!: PaymentOption[];

  @Field(() => SavedCard, { nullable: true })
  savedCard!: SavedCard | null;
}

export const PaymentConnection = ConnectionType(Payment, 'Payment');
