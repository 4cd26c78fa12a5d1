import { Arg, Args, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId, parseOptionalId } from '../../errors';
import { PageArgs, type Connection } from '../../graphql/pagination';
import { Invoice, amountDue } from '../billing';
import { Money } from '../../graphql/money.type';
import { GatewayKind, METHODS, PaymentMethod, PaymentState } from './enums';
import { perRequest } from '../../graphql/memo';
import { currenciesOf, PaymentGateway } from './gateway.entity';
import { Payment } from './payment.entity';
import {
  PayInvoiceInput,
  PaymentConnection,
  PaymentGatewayInput,
  PaymentSetup,
  RedirectPayment,
  RefundCardPaymentInput,
  ResolveHeldPaymentInput,
  SaveCardInput,
} from './payments.inputs';
import { SavedCard } from './saved-card.entity';
import type { GatewayService } from './gateways.service';
import type { PaymentService } from './payments.service';
import type { RefundService } from './refunds.service';
import { ListBound } from '../../graphql/list-bound';
import { unscoped } from '../../db/scope';

const ids = (input: {
  invoiceId?: string;
  gatewayId?: string | null;
  accountId?: string | null;
  paymentId?: string;
}) => ({
  ...(input.invoiceId !== undefined ? { invoiceId: parseId(input.invoiceId, 'invoiceId') } : {}),
  ...(input.gatewayId != null ? { gatewayId: parseId(input.gatewayId, 'gatewayId') } : {}),
  ...(input.accountId != null ? { accountId: parseId(input.accountId, 'accountId') } : {}),
  ...(input.paymentId !== undefined ? { paymentId: parseId(input.paymentId, 'paymentId') } : {}),
});

@Resolver(() => PaymentGateway)
export class PaymentGatewaysResolver {
  constructor(private readonly api: { gateways: GatewayService }) {}

  @Access('admin')
  @ListBound(50)
  @Query(() => [PaymentGateway], { description: 'Your company’s payment gateways (PAY-3).' })
  paymentGateways(@Context() ctx: Ctx): Promise<PaymentGateway[]> {
    return this.api.gateways.list(ctx);
  }

  @Access('admin')
  @Mutation(() => PaymentGateway, {
    description: 'Connects a payment gateway for your company; its secrets are stored encrypted and never shown again.',
  })
  createPaymentGateway(
    @Context() ctx: Ctx,
    @Arg('input', () => PaymentGatewayInput) input: PaymentGatewayInput,
  ): Promise<PaymentGateway> {
    return this.api.gateways.create(ctx, input);
  }

  @Access('admin')
  @Mutation(() => PaymentGateway, {
    description: 'Changes a gateway; secret fields left empty keep their stored values.',
  })
  updatePaymentGateway(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => PaymentGatewayInput) input: PaymentGatewayInput,
  ): Promise<PaymentGateway> {
    return this.api.gateways.update(ctx, parseId(id), input);
  }

  @Access('admin')
  @Mutation(() => PaymentGateway, {
    description:
      'Deletes a gateway no payment went through (and its saved cards); CONFLICT otherwise: disable it instead.',
  })
  deletePaymentGateway(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<PaymentGateway> {
    return this.api.gateways.delete(ctx, parseId(id));
  }

  @FieldResolver(() => [String], { description: 'ISO 4217 codes it takes.' })
  currencies(@Root() g: PaymentGateway): string[] {
    return currenciesOf(g);
  }

  @FieldResolver(() => [String], { description: 'Which secret fields are stored (their values are never shown).' })
  credentialsSet(@Root() g: PaymentGateway): string[] {
    return g.credentialNames.split(',').filter((n) => n && n !== 'webhookSecret');
  }

  @FieldResolver(() => [PaymentMethod])
  methods(@Root() g: PaymentGateway): PaymentMethod[] {
    return METHODS[g.kind];
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Where the gateway sends its notifications (redirect gateways): enter it at the provider if it asks.',
  })
  notifyPath(@Root() g: PaymentGateway): string | null {
    return METHODS[g.kind].includes(PaymentMethod.REDIRECT) ? `/payments/notify/${g.id}` : null;
  }
}

@Resolver(() => Payment)
export class PaymentsResolver {
  constructor(private readonly api: { payments: PaymentService; refunds: RefundService }) {}

  @Access('user')
  @Query(() => PaymentSetup, {
    description:
      'How an account you own or manage can pay: the company’s gateways in its currency, and its saved card.',
  })
  paymentSetup(
    @Context() ctx: Ctx,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string | null,
  ): Promise<PaymentSetup> {
    return this.api.payments.setup(ctx, parseOptionalId(accountId, 'accountId'));
  }

  @Access('user')
  @Query(() => PaymentConnection, {
    description:
      'Gateway payments and refunds, newest first: of one account, or (admins, without accountId) of the company.',
  })
  payments(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string | null,
    @Arg('state', () => PaymentState, { nullable: true }) state?: PaymentState | null,
    @Arg('since', () => Date, { nullable: true, description: 'Only payments made at or after this time.' })
    since?: Date | null,
  ): Promise<Connection<Payment>> {
    return this.api.payments.list(ctx, parseOptionalId(accountId, 'accountId'), { state, since }, page);
  }

  @Access('user')
  @Query(() => Payment, { description: 'One payment you may see; NOT_FOUND otherwise.' })
  payment(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Payment> {
    return this.api.payments.get(ctx, parseId(id));
  }

  @Access('user')
  @Mutation(() => SavedCard, {
    description:
      'Saves a card for an account (it replaces the one before); the billing run charges it. The number goes to the gateway only.',
  })
  saveCard(@Context() ctx: Ctx, @Arg('input', () => SaveCardInput) input: SaveCardInput): Promise<SavedCard> {
    return this.api.payments.saveCard(ctx, { ...input, ...ids(input) });
  }

  @Access('user')
  @Mutation(() => SavedCard, {
    nullable: true,
    description: 'Forgets the account’s saved card; null when there was none.',
  })
  removeSavedCard(
    @Context() ctx: Ctx,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string | null,
  ): Promise<SavedCard | null> {
    return this.api.payments.removeCard(ctx, parseOptionalId(accountId, 'accountId'));
  }

  @Access('user')
  @Mutation(() => Payment, {
    description:
      'Pays what an open invoice owes by card, now: SUCCEEDED, DECLINED (with the reason) or PENDING (the gateway did not answer; retried, never charged twice).',
  })
  payInvoice(@Context() ctx: Ctx, @Arg('input', () => PayInvoiceInput) input: PayInvoiceInput): Promise<Payment> {
    return this.api.payments.payInvoice(ctx, { ...input, ...ids(input) });
  }

  @Access('user')
  @Mutation(() => RedirectPayment, {
    description: 'Starts paying an open invoice on a gateway’s own page: send the customer to the URL.',
  })
  startRedirectPayment(
    @Context() ctx: Ctx,
    @Arg('invoiceId', () => ID) invoiceId: string,
    @Arg('gatewayId', () => ID) gatewayId: string,
  ): Promise<RedirectPayment> {
    return this.api.payments.startRedirect(ctx, parseId(invoiceId, 'invoiceId'), parseId(gatewayId, 'gatewayId'));
  }

  @Access('user')
  @Mutation(() => Payment, {
    description:
      'Cancels a redirect payment the customer left unfinished at the gateway (a PENDING one; others are answered as they are).',
  })
  cancelRedirectPayment(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Payment> {
    return this.api.payments.cancelRedirect(ctx, parseId(id));
  }

  @Access('admin')
  @Mutation(() => Payment, {
    description:
      'Refunds (part of) a card payment through its gateway; the ledger gets a REFUND entry when the gateway confirms.',
  })
  refundCardPayment(
    @Context() ctx: Ctx,
    @Arg('input', () => RefundCardPaymentInput) input: RefundCardPaymentInput,
  ): Promise<Payment> {
    return this.api.refunds.refund(ctx, { ...input, ...ids(input) });
  }

  @Access('admin')
  @Mutation(() => Payment, { description: 'Decides on a HELD payment: credit it, or cancel it.' })
  resolveHeldPayment(
    @Context() ctx: Ctx,
    @Arg('input', () => ResolveHeldPaymentInput) input: ResolveHeldPaymentInput,
  ): Promise<Payment> {
    return this.api.refunds.resolveHeld(ctx, { ...input, ...ids(input) });
  }

  @FieldResolver(() => Money, { description: 'Positive, a refund too.' })
  amount(@Root() p: Payment): Money {
    return Money.of(p.amountMinor, p.currency);
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: 'What a notification reported, when it differed (a HELD payment).',
  })
  received(@Root() p: Payment): Money | null {
    return p.receivedMinor === null ? null : Money.of(p.receivedMinor, p.receivedCurrency ?? p.currency);
  }

  @FieldResolver(() => Money, {
    description: 'What can be refunded now: what is left of a succeeded charge, at most the account’s credit.',
  })
  async refundable(@Context() ctx: Ctx, @Root() p: Payment): Promise<Money> {
    return Money.of(await this.api.refunds.refundable(ctx.em, p), p.currency);
  }

  @FieldResolver(() => ID)
  accountId(@Root() p: Payment): string {
    return String(p.account.id);
  }

  @FieldResolver(() => ID, { nullable: true })
  invoiceId(@Root() p: Payment): string | null {
    return p.invoice ? String(p.invoice.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The charge a refund pays back.' })
  refundOfId(@Root() p: Payment): string | null {
    return p.refundOf ? String(p.refundOf.id) : null;
  }

  @FieldResolver(() => String)
  async gatewayName(@Context() ctx: Ctx, @Root() p: Payment): Promise<string> {
    return (await this.gateway(ctx, p)).name;
  }

  @FieldResolver(() => GatewayKind)
  async gatewayKind(@Context() ctx: Ctx, @Root() p: Payment): Promise<GatewayKind> {
    return (await this.gateway(ctx, p)).kind;
  }

  @FieldResolver(() => Boolean, { description: 'Made through a gateway in test mode: no real money.' })
  async testMode(@Context() ctx: Ctx, @Root() p: Payment): Promise<boolean> {
    return (await this.gateway(ctx, p)).testMode;
  }

  private gateway(ctx: Ctx, p: Payment): Promise<PaymentGateway> {
    // The payment is the viewer's; its gateway is its company's. Read once per request for all its fields and rows.
    return perRequest(ctx, `gateway:${p.gateway.id}`, () =>
      ctx.em.findOneOrFail(
        PaymentGateway,
        { id: p.gateway.id },
        unscoped('the gateway of a payment the viewer may see: the payment’s scope decides'),
      ),
    );
  }
}

@Resolver(() => Invoice)
export class InvoicePaymentsResolver {
  @FieldResolver(() => Money, { description: 'What is still owed on it (zero when paid or void).' })
  async amountDue(@Context() ctx: Ctx, @Root() invoice: Invoice): Promise<Money> {
    return Money.of(await amountDue(ctx.em, invoice.id), invoice.currency);
  }

  @ListBound(100)
  @FieldResolver(() => [Payment], { description: 'Gateway payments of this invoice, newest first.' })
  payments(@Context() ctx: Ctx, @Root() invoice: Invoice): Promise<Payment[]> {
    return ctx.em.find(Payment, { invoice: invoice.id }, { orderBy: { id: 'desc' } });
  }
}

@Resolver(() => SavedCard)
export class SavedCardResolver {
  @FieldResolver(() => ID)
  gatewayId(@Root() c: SavedCard): string {
    return String(c.gateway.id);
  }
}
