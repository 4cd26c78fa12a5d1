import { setTimeout as sleep } from 'node:timers/promises';
import { LockMode, NotFoundError, type EntityManager } from '@mikro-orm/core';
import { intOf, preparedGet, preparedRun } from '../../db/prepared';
import { isPostgres } from '../../db/raw-sql';
import { systemEm, unscoped } from '../../db/scope';
import type { GatewayOutcome } from '../../drivers/gateways/types';
import type { Logger } from '../../logger';
import type { Core } from '../../module';
import { Account } from '../accounts';
import { audit, auditNow } from '../audit';
import { appendEntry, LedgerEntry, LedgerKind, moneyText as money, settleAccount } from '../billing';
import { adapterFor } from './adapters';
import { PaymentKind, PaymentSource, PaymentState } from './enums';
import { Payment } from './payment.entity';
import { readForSend, readPayment, type PaymentRow } from './payment-rows';
import { mailDeclined } from './payment-mail';
import { paymentSettings } from './settings';

/** After this many requests without an answer, a payment waits for an admin (HELD) instead of retrying. */
export const MAX_ATTEMPTS = 10;
const MINUTE = 60_000;

export type Root = { em: EntityManager } | EntityManager;

/**
 * Locks the account's row for the caller's transaction (PostgreSQL; SQLite writes one at a time).
 * Every payment transaction takes it first: the same lock order everywhere, so concurrent
 * charges, answers and notifications of one account queue instead of deadlocking.
 */
export async function lockAccount(em: EntityManager, accountId: number): Promise<void> {
  if (isPostgres(em))
    await em.findOneOrFail(
      Account,
      { id: accountId },
      {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        ...unscoped('a row lock on the account of a payment already authorized'),
      },
    );
}

/**
 * Sends card payments to their gateway and records the answers (PAY-1). A payment row exists,
 * PENDING, before the first request; every retry sends its same idempotency key, so a gateway
 * that did receive an unanswered request answers the retry with that first outcome and charges
 * once. The ledger entry is written only when the row moves from PENDING to SUCCEEDED, by one
 * conditional statement: two processes finishing the same payment write one entry.
 */
export class PaymentEngine {
  constructor(private readonly core: Core) {}

  /** A request that owns a payment owns it this long; after that the retry job may take it over. */
  get leaseMs(): number {
    const p = paymentSettings.of(this.core.config);
    return p.attempts * (p.timeoutMs + p.backoffMs * 2 ** p.attempts) + MINUTE;
  }

  /**
   * Sends a PENDING card payment (a charge, or a refund of one) up to `attempts` times while the
   * gateway does not answer, then records the outcome. Answers the payment as it ends up.
   */
  async send(
    root: Root,
    paymentId: number,
    attempts = paymentSettings.of(this.core.config).attempts,
    log?: Logger,
  ): Promise<Payment | PaymentRow> {
    const em = systemEm(
      root,
      'a payment is recorded outside the request’s scope, which an anonymous gateway callback lacks',
    );
    const { payment, gateway, invoiceNumber, refundOfTransactionId } = await readForSend(em, paymentId);
    const adapter = adapterFor(this.core.config, this.core.secrets, gateway).card;
    let outcome: GatewayOutcome = { outcome: 'error', message: 'the gateway takes no card payments' };
    let sent = 0;
    for (let i = 0; adapter && i < attempts; i++) {
      if (i > 0) await sleep(paymentSettings.of(this.core.config).backoffMs * 2 ** (i - 1));
      sent++;
      outcome =
        payment.kind === PaymentKind.REFUND
          ? await adapter.refund({
              amountMinor: payment.amountMinor,
              currency: payment.currency,
              idempotencyKey: payment.idempotencyKey,
              transactionId: refundOfTransactionId ?? '',
              last4: (payment.card ?? '').slice(-4),
            })
          : await adapter.charge({
              amountMinor: payment.amountMinor,
              currency: payment.currency,
              token: payment.token ?? '',
              idempotencyKey: payment.idempotencyKey,
              description: invoiceNumber !== null ? `Invoice ${invoiceNumber}` : `Payment ${payment.id}`,
              invoiceNumber: String(invoiceNumber ?? payment.id),
            });
      if (outcome.outcome !== 'unknown') break;
      log?.warn(
        { paymentId, attempt: payment.attempts + sent, message: outcome.message },
        'payment gateway did not answer',
      );
    }
    // The payment as its outcome left it (finish read it under the account's lock and moved it).
    return this.finish(root, paymentId, outcome, sent);
  }

  /**
   * Records a gateway's answer on a PENDING payment, in one transaction: approved writes the
   * ledger entry and settles the account; declined and error release the payment's slot; unknown
   * leaves it PENDING for the retry job, or HELD for an admin after MAX_ATTEMPTS. Answers the
   * payment as it ends up (as another process left it, when that one finished it first).
   */
  async finish(root: Root, paymentId: number, outcome: GatewayOutcome, sent: number): Promise<Payment | PaymentRow> {
    let wake = false;
    const ended = await systemEm(
      root,
      'a payment’s outcome is booked outside the request’s scope, which a gateway callback lacks',
    ).transactional(async (em): Promise<Payment | PaymentRow> => {
      const now = new Date();
      // The account's row lock first (PostgreSQL), then the payment as it is now: prepared statements.
      if (isPostgres(em))
        await preparedGet(
          em,
          'select id from account where id = (select account_id from payment where id = ?) for update',
          [paymentId],
        );
      const row = await readPayment(em, paymentId);
      if (row.state !== PaymentState.PENDING) return row; // another process finished it first
      if (outcome.outcome === 'approved') {
        // The hot path (a card charge went through): booked by prepared statements, no entities.
        const changes = {
          state: PaymentState.SUCCEEDED,
          attempts: row.attempts + sent,
          transactionId: outcome.transactionId.slice(0, 100),
          reason: null,
          slot: null,
          nextAttemptAt: null,
          updatedAt: now,
        };
        const moved = await preparedRun(
          em,
          `update payment set state = ?, attempts = ?, transaction_id = ?, reason = null, slot = null, next_attempt_at = null, updated_at = ?
           where id = ? and state = ?`,
          [changes.state, changes.attempts, changes.transactionId, now, paymentId, PaymentState.PENDING],
        );
        if (moved.changes !== 1) return row;
        Object.assign(row, changes);
        wake = await this.credit(em, row, outcome.transactionId);
        return row;
      }
      // No answer, or a refusal: the long tail, through the ORM (the row lock is held already).
      const payment = await em.findOneOrFail(
        Payment,
        { id: paymentId },
        { populate: ['invoice', 'gateway', 'account'], refresh: true },
      );
      if (payment.state !== PaymentState.PENDING) return payment; // another process finished it first
      const attempts = payment.attempts + sent;
      const resellerId = payment.reseller.id;
      const what = `${payment.kind === PaymentKind.REFUND ? 'Refund' : 'Card payment'} ${payment.id} of ${money(payment.amountMinor, payment.currency)}`;
      if (outcome.outcome === 'unknown') {
        const held = attempts >= MAX_ATTEMPTS;
        const next = new Date(now.getTime() + Math.min(60, 2 ** Math.floor(attempts / 2)) * MINUTE);
        await this.move(em, payment, held ? PaymentState.HELD : PaymentState.PENDING, {
          attempts,
          nextAttemptAt: held ? null : next,
          reason: held
            ? `No answer from the gateway after ${attempts} attempts (${outcome.message}): check the transaction at the gateway, then credit or cancel it`
            : `Waiting for the gateway: ${outcome.message}`,
        });
        if (held)
          audit(em, {
            resellerId,
            accountId: payment.account.id,
            action: 'payment.held',
            detail: `${what}: no answer after ${attempts} attempts`,
          });
        return payment;
      }
      const declined = outcome.outcome === 'declined';
      const reason = (declined ? outcome.reason : outcome.message).slice(0, 500);
      if (
        !(await this.move(em, payment, declined ? PaymentState.DECLINED : PaymentState.FAILED, {
          attempts,
          reason,
          declineCode: declined ? outcome.code.slice(0, 60) : null,
          slot: null,
          nextAttemptAt: null,
        }))
      )
        return payment;
      audit(em, {
        resellerId,
        accountId: payment.account.id,
        action: declined ? 'payment.declined' : 'payment.failed',
        detail: `${what}: ${reason}`,
      });
      if (payment.source === PaymentSource.AUTO && declined) await mailDeclined(em, this.core.config, payment, reason);
      await this.core.events.emit({ em }, 'payment.failed', { payment });
      wake = true; // what the event queued (webhooks' deliveries)
      return payment;
    });
    if (wake) this.core.tasks.notify();
    return ended;
  }

  /**
   * Moves a payment from `from` (PENDING) to `state` with one conditional statement; false when
   * another process already moved it (then this one must write nothing).
   */
  async move(
    em: EntityManager,
    payment: Payment,
    state: PaymentState,
    set: Partial<Payment>,
    from = PaymentState.PENDING,
  ): Promise<boolean> {
    const changes = { ...set, state, updatedAt: new Date() };
    const moved = await em.nativeUpdate(
      Payment,
      { id: payment.id, state: from },
      changes,
      unscoped('a payment’s state moves by id, from engine work with no viewer'),
    );
    if (moved) Object.assign(payment, changes);
    return moved === 1;
  }

  /**
   * The ledger side of a SUCCEEDED payment, in the caller's transaction: a PAYMENT entry (or a
   * REFUND for a refund) under the key payment:<id>, and the account settled; then announced
   * ('payment.settled'). Whether tasks were queued (the caller wakes the worker after the commit).
   */
  async credit(
    em: EntityManager,
    payment: Payment | PaymentRow,
    transactionId: string,
    amountMinor = payment.amountMinor,
  ): Promise<boolean> {
    const refund = payment.kind === PaymentKind.REFUND;
    // The gateway's name and the account's company (whose currency the ledger keeps), in one read.
    const known = await preparedGet<{ name: string; reseller_id: unknown; currency: string; invoice_number: unknown }>(
      em,
      `select g.name, a.reseller_id, c.currency, i.number as invoice_number
       from payment p join payment_gateway g on g.id = p.gateway_id join account a on a.id = p.account_id
       join reseller c on c.id = a.reseller_id left join invoice i on i.id = p.invoice_id
       where p.id = ?`,
      [payment.id],
    );
    if (!known) throw NotFoundError.findOneFailed('Payment', { id: payment.id });
    const entryId = await appendEntry(em, {
      accountId: payment.account.id,
      resellerId: intOf(known.reseller_id),
      currency: known.currency,
      kind: refund ? LedgerKind.REFUND : LedgerKind.PAYMENT,
      amountMinor,
      description: refund
        ? `Refund to ${payment.card ?? known.name}`
        : `${payment.card ? `Card payment (${payment.card})` : `Payment via ${known.name}`}${known.invoice_number != null ? ` for invoice ${intOf(known.invoice_number)}` : ''}`,
      reference: `${known.name}: ${transactionId}`.slice(0, 200),
      createdById: payment.createdBy?.id ?? null,
      idempotencyKey: `payment:${payment.id}`,
    });
    const updatedAt = new Date();
    await preparedRun(em, 'update payment set ledger_entry_id = ?, updated_at = ? where id = ?', [
      entryId,
      updatedAt,
      payment.id,
    ]);
    // An entity the caller's em manages is told too (its next flush writes the same values again).
    if (payment instanceof Payment)
      Object.assign(payment, { ledgerEntry: em.getReference(LedgerEntry, entryId), updatedAt });
    else Object.assign(payment, { ledgerEntry: { id: entryId }, updatedAt });
    await auditNow(em, {
      resellerId: payment.reseller.id,
      accountId: payment.account.id,
      actorId: payment.createdBy?.id ?? null,
      action: refund ? 'payment.refunded' : 'payment.succeeded',
      detail: `${refund ? 'Refund' : 'Payment'} ${payment.id} of ${money(amountMinor, payment.currency)} via ${known.name} (${transactionId})`,
    });
    const { suspended, resumed } = await settleAccount(em, this.core, payment.account.id);
    await this.core.events.emit({ em }, 'payment.settled', { payment });
    return suspended + resumed > 0;
  }
}
