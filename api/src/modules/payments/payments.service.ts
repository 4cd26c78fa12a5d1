import crypto from 'node:crypto';
import { NotFoundError, type EntityManager } from '@mikro-orm/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { intOf, preparedAll, preparedGet } from '../../db/prepared';
import { isPostgres } from '../../db/raw-sql';
import { systemEm, unscoped } from '../../db/scope';
import { panelUrl } from '../../http/panel-url';
import type { CardToken } from '../../drivers/gateways/types';
import type { Ctx } from '../../graphql/context';
import { badInput, conflict, notFound, validate } from '../../errors';
import { findPage, parsePage, type Connection, type PageArgs } from '../../graphql/pagination';
import type { Core } from '../../module';
import { accountForViewer, Account } from '../accounts';
import { audit } from '../audit';
import { Invoice, InvoiceState, amountDue, invoiceDue } from '../billing';
import { Role, User } from '../identity';
import { Reseller } from '../resellers';
import { adapterFor } from './adapters';
import { cardLabel, cardSchema, type CardFields } from './card-input';
import { PaymentEngine, type Root } from './engine';
import { METHODS, PaymentKind, PaymentMethod, PaymentSource, PaymentState } from './enums';
import { currenciesOf, inService, PaymentGateway } from './gateway.entity';
import { Payment } from './payment.entity';
import { visiblePayment, type PaymentRow } from './payment-rows';
import { isUniqueViolation, mustOwe, savedCardCharge, type ChargeWith } from './saved-card-charge';
import type { PaymentOption, PaymentSetup, RedirectPayment } from './payments.inputs';
import { SavedCard } from './saved-card.entity';

const id = z.number().int().positive();
const paySchema = z.object({
  invoiceId: id,
  gatewayId: id.nullish(),
  card: cardSchema.nullish(),
  saveCard: z.boolean().nullish(),
});
const saveSchema = z.object({ accountId: id.nullish(), gatewayId: id, card: cardSchema });

export const newKey = () => `hs_${crypto.randomBytes(12).toString('hex')}`;

/** Paying invoices through gateways (PAY-1, PAY-2): saved cards, card payments, redirect payments, the payment list. */
export class PaymentService {
  readonly engine: PaymentEngine;

  constructor(private readonly core: Core) {
    this.engine = new PaymentEngine(core);
  }

  /** Payments of one account (yours or one you manage); without `accountId`, an admin gets the company's. Newest first. */
  async list(
    ctx: Ctx,
    accountId: number | null,
    filter: { state?: PaymentState | null; since?: Date | null },
    args: PageArgs,
  ): Promise<Connection<Payment>> {
    const page = parsePage(args);
    const admin = ctx.viewer!.role !== Role.END_USER;
    const account = accountId !== null || !admin ? await accountForViewer(ctx, ctx.em, accountId) : null;
    const { state, since } = filter;
    return findPage(
      ctx.em,
      Payment,
      () => ({
        ...(account ? { account: account.id } : {}),
        ...(state ? { state } : {}),
        ...(since ? { createdAt: { $gte: since } } : {}),
      }),
      page,
    );
  }

  async get(ctx: Ctx, paymentId: number): Promise<Payment> {
    const payment = await ctx.em.findOne(Payment, { id: paymentId });
    if (!payment) throw notFound('Payment');
    return payment;
  }

  /** The company's gateways that can take `currency`, by method, and the account's saved card. */
  async setup(ctx: Ctx, accountId: number | null): Promise<PaymentSetup> {
    const account = await accountForViewer(ctx, ctx.em, accountId);
    const gateways = await this.usable(ctx.em, account.reseller.id);
    const currency = await this.currencyOf(ctx.em, account);
    const options: PaymentOption[] = [];
    for (const g of gateways.filter((g) => currenciesOf(g).includes(currency))) {
      for (const method of METHODS[g.kind])
        options.push({ gatewayId: String(g.id), name: g.name, kind: g.kind, method, testMode: g.testMode });
    }
    return { options, savedCard: await ctx.em.findOne(SavedCard, { account: account.id }) };
  }

  /** Tokenizes a card at a gateway and keeps it as the account's card (replacing the one before). */
  async saveCard(ctx: Ctx, input: unknown): Promise<SavedCard> {
    const v = validate(saveSchema, input);
    const account = await accountForViewer(ctx, ctx.em, v.accountId ?? null);
    const gateway = await this.gatewayFor(ctx.em, account, v.gatewayId, PaymentMethod.CARD);
    const token = await this.tokenize(ctx.em, account, gateway, v.card);
    return this.keepCard(ctx, account, gateway, token);
  }

  async removeCard(ctx: Ctx, accountId: number | null): Promise<SavedCard | null> {
    const account = await accountForViewer(ctx, ctx.em, accountId);
    const card = await ctx.em.findOne(SavedCard, { account: account.id });
    if (!card) return null;
    audit(ctx.em, {
      resellerId: account.reseller.id,
      accountId: account.id,
      actorId: ctx.viewer!.userId,
      action: 'card.removed',
      detail: `${cardLabel(card.brand, card.last4)} removed`,
    });
    await ctx.em.remove(card).flush();
    return card;
  }

  /**
   * Pays an open invoice by card now, and answers when the gateway did: SUCCEEDED (the ledger has
   * the payment), DECLINED with the bank's reason, or PENDING when the gateway did not answer (it
   * is retried with the same key; nothing is charged twice). A second request for the same
   * invoice while one is in flight waits for that one and answers its payment.
   */
  async payInvoice(ctx: Ctx, input: unknown): Promise<Payment> {
    const v = validate(paySchema, input);
    if (!v.card) return this.payBySavedCard(ctx, v.invoiceId);
    const invoice = await ctx.em.findOne(Invoice, { id: v.invoiceId });
    if (!invoice) throw notFound('Invoice');
    const account = await accountForViewer(ctx, ctx.em, invoice.account.id);
    if (!v.gatewayId) throw badInput([{ field: 'gatewayId', message: 'is required with a new card' }]);
    await this.mustBeOpen(ctx.em, invoice); // before the card goes to the gateway
    const gateway = await this.gatewayFor(ctx.em, account, v.gatewayId, PaymentMethod.CARD);
    const token = await this.tokenize(ctx.em, account, gateway, v.card);
    if (v.saveCard) await this.keepCard(ctx, account, gateway, token);
    const using = { gateway, token: token.token, label: cardLabel(token.brand, token.last4) };
    return this.charged(ctx, invoice.id, using);
  }

  /**
   * payInvoice with the account's saved card, the hot path: the invoice, its account, the saved
   * card and its gateway in one prepared read (savedCardCharge), then the charge.
   */
  private async payBySavedCard(ctx: Ctx, invoiceId: number): Promise<Payment> {
    const using = await savedCardCharge(ctx.em, this.core.config, invoiceId);
    return this.charged(ctx, invoiceId, using);
  }

  /** Charges the invoice for the viewer, and answers the payment as the viewer may see it. */
  private async charged(ctx: Ctx, invoiceId: number, using: ChargeWith): Promise<Payment> {
    const source = ctx.viewer!.role === Role.END_USER ? PaymentSource.CUSTOMER : PaymentSource.ADMIN;
    const payment = await this.chargeInvoice(ctx.em, invoiceId, using, source, ctx.viewer!.userId);
    ctx.log.info({ paymentId: payment.id, invoiceId, state: payment.state }, 'card payment');
    const seen = await visiblePayment(ctx.em, payment.id);
    if (!seen) throw NotFoundError.findOneFailed('Payment', { id: payment.id });
    // A plain row shaped like the entity: the Payment type's fields and field resolvers read it alike.
    return seen as unknown as Payment;
  }

  /**
   * Charges what is owed on an open invoice (the customer's request, or the billing run at `now`,
   * which spaces its attempts by it). The payment row holds the invoice's slot while it is in
   * flight, so concurrent attempts charge once.
   */
  async chargeInvoice(
    root: Root,
    invoiceId: number,
    using: ChargeWith,
    source: PaymentSource,
    userId: number | null,
    now = new Date(),
  ): Promise<Payment | PaymentRow> {
    const slot = `invoice:${invoiceId}`;
    let paymentId: number;
    try {
      paymentId = await systemEm(
        root,
        'the payment row is written outside the request’s scope, shared with the gateway callback',
      ).transactional(async (em) => {
        // One charge decision per account at a time; the invoice is read after the lock, as it is now.
        // (SQLite has no row locks: its write transactions run one at a time, so nothing to look up first.)
        if (isPostgres(em))
          await preparedGet(
            em,
            'select id from account where id = (select account_id from invoice where id = ?) for update',
            [invoiceId],
          );
        const invoice = await invoiceDue(em, invoiceId);
        if (!invoice) throw NotFoundError.findOneFailed('Invoice', { id: invoiceId });
        const due = mustOwe(invoice);
        const at = new Date();
        const [row] = await preparedAll<{ id: unknown }>(
          em,
          `insert into payment (reseller_id, account_id, invoice_id, gateway_id, kind, method, source, state, amount_minor, currency,
             card, token, idempotency_key, slot, attempts, next_attempt_at, created_by_id, created_at, updated_at)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?) returning id`,
          [
            invoice.resellerId,
            invoice.accountId,
            invoice.id,
            using.gateway.id,
            PaymentKind.CHARGE,
            PaymentMethod.CARD,
            source,
            PaymentState.PENDING,
            due.toString(),
            invoice.currency,
            using.label,
            using.token,
            newKey(),
            slot,
            new Date(Date.now() + this.engine.leaseMs),
            userId ?? null,
            now,
            at,
          ],
        );
        return intOf(row!.id);
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const inFlight = await systemEm(root, 'a payment already in flight for this invoice, whoever started it').findOne(
        Payment,
        { slot },
      );
      if (!inFlight) throw conflict('Another payment of this invoice just finished: reload the invoice');
      return this.waitFor(root, inFlight.id);
    }
    return this.engine.send(root, paymentId);
  }

  /**
   * Starts a redirect payment (PAY-2): a PENDING payment of what the invoice owes, and the
   * gateway's page to send the customer to. The gateway's notification credits the account.
   */
  async startRedirect(ctx: Ctx, invoiceId: number, gatewayId: number): Promise<RedirectPayment> {
    const invoice = await ctx.em.findOne(Invoice, { id: invoiceId });
    if (!invoice) throw notFound('Invoice');
    const account = await accountForViewer(ctx, ctx.em, invoice.account.id);
    const gateway = await this.gatewayFor(ctx.em, account, gatewayId, PaymentMethod.REDIRECT);
    const due = await this.mustBeOpen(ctx.em, invoice);
    const payment = ctx.em.create(Payment, {
      reseller: invoice.reseller,
      account,
      invoice,
      gateway,
      kind: PaymentKind.CHARGE,
      method: PaymentMethod.REDIRECT,
      source: ctx.viewer!.role === Role.END_USER ? PaymentSource.CUSTOMER : PaymentSource.ADMIN,
      amountMinor: due,
      currency: invoice.currency,
      idempotencyKey: newKey(),
      createdBy: ctx.em.getReference(User, ctx.viewer!.userId),
    });
    await ctx.em.flush();
    // Addresses the customer and the gateway are sent to: the company's configured panel, never the request's Host.
    const company = await ctx.em.findOneOrFail(Reseller, { id: invoice.reseller.id });
    const back = panelUrl(
      ctx,
      company,
      `${ctx.viewer!.role === Role.END_USER ? '' : '/admin'}/invoices/${invoice.id}?payment=${payment.id}`,
    );
    const url = adapterFor(this.core.config, this.core.secrets, gateway).redirect!.redirectUrl({
      paymentId: payment.id,
      amountMinor: due,
      currency: invoice.currency,
      description: `Invoice ${invoice.number}`,
      invoiceNumber: String(invoice.number),
      returnUrl: back,
      cancelUrl: `${back}&cancelled=1`,
      notifyUrl: panelUrl(ctx, company, `/payments/notify/${gateway.id}`),
    });
    return { payment, url: url.startsWith('/') ? panelUrl(ctx, company, url) : url };
  }

  /**
   * The customer came back from the gateway's page without paying: the redirect payment is
   * cancelled. A notification that still arrives for it credits it all the same (money is money).
   */
  async cancelRedirect(ctx: Ctx, paymentId: number): Promise<Payment> {
    const payment = await ctx.em.findOne(Payment, { id: paymentId, method: PaymentMethod.REDIRECT });
    if (!payment) throw notFound('Payment');
    if (payment.state === PaymentState.PENDING) {
      await this.engine.move(ctx.em, payment, PaymentState.CANCELLED, { reason: 'Cancelled at the gateway’s page' });
    }
    return payment;
  }

  /** What an open invoice still owes; CONFLICT when it is paid, void, or covered by credit. */
  private async mustBeOpen(em: EntityManager, invoice: Invoice): Promise<bigint> {
    if (invoice.state !== InvoiceState.OPEN) return mustOwe({ state: invoice.state, number: invoice.number, due: 0n });
    return mustOwe({ state: invoice.state, number: invoice.number, due: await amountDue(em, invoice.id) });
  }

  /**
   * A payment another request is sending, once its first round of requests is over (bounded by
   * the sender's lease). One already past its first round is waiting for the retry job: as it is.
   */
  private async waitFor(root: Root, paymentId: number): Promise<Payment> {
    const until = Date.now() + this.engine.leaseMs;
    for (;;) {
      const p = await systemEm(root, 'the payment row, re-read after the gateway answered').findOneOrFail(Payment, {
        id: paymentId,
      });
      if (p.state !== PaymentState.PENDING || p.attempts > 0 || Date.now() > until) return p;
      await sleep(50);
    }
  }

  /** Gateways of the company a customer may be offered (the sandbox only where this installation allows it). */
  private async usable(em: EntityManager, resellerId: number): Promise<PaymentGateway[]> {
    const all = await em.find(
      PaymentGateway,
      { reseller: resellerId, enabled: true },
      {
        orderBy: { id: 'asc' },
        ...unscoped(
          'the gateways of the account’s company, whatever scope the caller runs in (the account was checked)',
        ),
      },
    );
    return all.filter((g) => inService(this.core.config, g));
  }

  /** The company's gateway `gatewayId` if it is enabled, takes the account's currency and has `method`; else a field error. */
  private async gatewayFor(
    em: EntityManager,
    account: Account,
    gatewayId: number,
    method: PaymentMethod,
  ): Promise<PaymentGateway> {
    const gateway = (await this.usable(em, account.reseller.id)).find((g) => g.id === gatewayId);
    if (!gateway) throw notFound('Payment gateway');
    const currency = await this.currencyOf(em, account);
    if (!METHODS[gateway.kind].includes(method))
      throw badInput([
        {
          field: 'gatewayId',
          message: `${gateway.name} takes no ${method === PaymentMethod.CARD ? 'card' : 'redirect'} payments`,
        },
      ]);
    if (!currenciesOf(gateway).includes(currency))
      throw badInput([{ field: 'gatewayId', message: `${gateway.name} does not take ${currency}` }]);
    await em.populate(gateway, ['credentials']);
    return gateway;
  }

  private async currencyOf(em: EntityManager, account: Account): Promise<string> {
    return (
      await em.findOneOrFail(
        Reseller,
        { id: account.reseller.id },
        unscoped('the company of the account in hand, for its currency'),
      )
    ).currency;
  }

  /** Sends the card to the gateway for a token; a refusal is the card field's error, and nothing is kept. */
  private async tokenize(
    em: EntityManager,
    account: Account,
    gateway: PaymentGateway,
    card: CardFields,
  ): Promise<CardToken> {
    const adapter = adapterFor(this.core.config, this.core.secrets, gateway).card!;
    const owner = await em.findOne(
      User,
      { id: account.owner.id },
      unscoped('the account owner’s e-mail for the gateway, whoever pays (an admin may pay for a customer)'),
    );
    const r = await adapter.tokenize(card, {
      reference: `acct${account.id}-${crypto.randomBytes(3).toString('hex')}`,
      email: owner?.email ?? null,
    });
    if ('ok' in r) return r.card;
    if (r.outcome === 'declined') throw badInput([{ field: 'card', message: `was declined: ${r.reason}` }]);
    if (r.outcome === 'unknown') throw conflict(`${gateway.name} did not answer; no money moved, please try again`);
    throw badInput([{ field: 'card', message: `was refused by ${gateway.name}: ${r.message}` }]);
  }

  private async keepCard(ctx: Ctx, account: Account, gateway: PaymentGateway, token: CardToken): Promise<SavedCard> {
    return ctx.em.transactional(async (em) => {
      await em.nativeDelete(SavedCard, { account: account.id });
      const card = em.create(SavedCard, {
        reseller: account.reseller,
        account,
        gateway,
        token: token.token,
        brand: token.brand,
        last4: token.last4,
        expMonth: token.expMonth,
        expYear: token.expYear,
      });
      audit(em, {
        resellerId: account.reseller.id,
        accountId: account.id,
        actorId: ctx.viewer!.userId,
        action: 'card.saved',
        detail: `${cardLabel(token.brand, token.last4)} (expires ${token.expMonth}/${token.expYear}) saved at ${gateway.name}`,
      });
      await em.flush();
      return card;
    });
  }
}
