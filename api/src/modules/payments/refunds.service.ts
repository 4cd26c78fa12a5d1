import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import { rows } from '../../db/raw-sql';
import type { Ctx } from '../../graphql/context';
import { badInput, conflict, notFound, validate } from '../../errors';
import type { Core } from '../../module';
import { audit } from '../audit';
import { readBalance, moneyText as money, parseAmount } from '../billing';
import { User } from '../identity';
import { adapterFor } from './adapters';
import { lockAccount, type PaymentEngine } from './engine';
import { PaymentKind, PaymentMethod, PaymentSource, PaymentState } from './enums';
import { PaymentGateway } from './gateway.entity';
import { Payment } from './payment.entity';
import { newKey } from './payments.service';

const id = z.number().int().positive();
const note = (what: string) =>
  z.string().trim().min(3, `must say ${what}, in at least 3 characters`).max(500, 'must be at most 500 characters');
const refundSchema = z.object({
  paymentId: id,
  amount: z.string().max(40, 'must be at most 40 characters'),
  reason: note('why'),
});
const resolveSchema = z.object({
  paymentId: id,
  credit: z.boolean(),
  note: note('what was checked'),
  transactionId: z
    .string()
    .trim()
    .max(100, 'must be at most 100 characters')
    .nullish()
    .transform((v) => v || null),
});

/** What admins do with gateway payments: refunds through the gateway, and decisions on HELD payments. */
export class RefundService {
  constructor(
    private readonly core: Core,
    private readonly engine: PaymentEngine,
  ) {}

  /** What is left to refund of a charge: its amount less refunds that succeeded or may still. */
  async leftOf(em: EntityManager, payment: Payment): Promise<bigint> {
    if (payment.kind !== PaymentKind.CHARGE || payment.state !== PaymentState.SUCCEEDED) return 0n;
    const [row] = await rows<{ s: string | number | null }>(
      em,
      `select sum(amount_minor) as s from payment where refund_of_id = ? and state in ('PENDING', 'SUCCEEDED', 'HELD')`,
      [payment.id],
    );
    return payment.amountMinor - BigInt(row?.s ?? 0);
  }

  /** What can be refunded of a charge now: what is left of it, at most the account's credit. */
  async refundable(em: EntityManager, payment: Payment): Promise<bigint> {
    const left = await this.leftOf(em, payment);
    if (left <= 0n) return 0n;
    const credit = (await readBalance(em, payment.account.id))?.balanceMinor ?? 0n;
    return credit <= 0n ? 0n : credit < left ? credit : left;
  }

  /**
   * Refunds (part of) a card charge through its gateway (PAY-1), and answers when the gateway did.
   * Like a manual refund it cannot exceed the account's credit (money that paid an invoice is
   * spent: the account is credited first, e.g. by voiding an open invoice or an admin's credit). One refund of a payment is in flight at a time.
   */
  async refund(ctx: Ctx, input: unknown): Promise<Payment> {
    const v = validate(refundSchema, input);
    const original = await ctx.em.findOne(
      Payment,
      { id: v.paymentId },
      { populate: ['gateway', 'gateway.credentials'] },
    );
    if (!original) throw notFound('Payment');
    if (original.kind !== PaymentKind.CHARGE || original.state !== PaymentState.SUCCEEDED)
      throw conflict('Only a succeeded charge can be refunded');
    if (
      !adapterFor(this.core.config, this.core.secrets, original.gateway as PaymentGateway).card ||
      !original.transactionId
    ) {
      throw conflict(
        `${original.gateway.name} takes refunds only on its own site: refund there, then record the refund by hand`,
      );
    }
    const amount = parseAmount(v.amount, original.currency);
    if (!amount.ok) throw badInput([{ field: 'amount', message: amount.message }]);
    let refundId: number;
    try {
      refundId = await ctx.em.transactional(async (em) => {
        await lockAccount(em, original.account.id); // refunds of one account, one at a time
        const left = await this.leftOf(em, original);
        if (amount.minor > left)
          throw conflict(`At most ${money(left, original.currency)} of this payment is left to refund`);
        const credit = (await readBalance(em, original.account.id))?.balanceMinor ?? 0n;
        if (amount.minor > credit)
          throw conflict(
            `A refund cannot exceed the account’s credit (${money(credit < 0n ? 0n : credit, original.currency)}): what was paid went to invoices: credit the account first (void an open invoice, or add a credit)`,
          );
        const refund = em.create(Payment, {
          reseller: original.reseller,
          account: original.account,
          invoice: original.invoice,
          gateway: original.gateway,
          kind: PaymentKind.REFUND,
          method: PaymentMethod.CARD,
          source: PaymentSource.ADMIN,
          amountMinor: amount.minor,
          currency: original.currency,
          card: original.card,
          idempotencyKey: newKey(),
          slot: `refund:${original.id}`,
          refundOf: original,
          reason: v.reason,
          nextAttemptAt: new Date(Date.now() + this.engine.leaseMs),
          createdBy: em.getReference(User, ctx.viewer!.userId),
        });
        audit(em, {
          resellerId: original.reseller.id,
          accountId: original.account.id,
          actorId: ctx.viewer!.userId,
          action: 'payment.refund',
          detail: `Refund of ${money(amount.minor, original.currency)} of payment ${original.id} requested: ${v.reason}`,
        });
        await em.flush();
        return refund.id;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException)
        throw conflict('A refund of this payment is in progress: wait for its answer');
      throw err;
    }
    await this.engine.send(ctx.em, refundId);
    return ctx.em.findOneOrFail(Payment, { id: refundId }, { refresh: true });
  }

  /**
   * An admin's decision on a HELD payment: credit it (the money did arrive: what the notification
   * reported, or the payment's own amount) or cancel it.
   */
  async resolveHeld(ctx: Ctx, input: unknown): Promise<Payment> {
    const v = validate(resolveSchema, input);
    const payment = await ctx.em.findOne(Payment, { id: v.paymentId });
    if (!payment) throw notFound('Payment');
    if (payment.state !== PaymentState.HELD) throw conflict('Only a held payment waits for a decision');
    if (v.credit && payment.receivedCurrency && payment.receivedCurrency !== payment.currency) {
      throw conflict(
        `The gateway reported ${payment.receivedCurrency}, not ${payment.currency}: convert it and record the payment by hand, then cancel this one`,
      );
    }
    let wake = false;
    await ctx.em.transactional(async (em) => {
      await lockAccount(em, payment.account.id);
      const held = await em.findOneOrFail(Payment, { id: payment.id });
      const transactionId = v.transactionId ?? payment.transactionId ?? `manual-${payment.id}`;
      const moved = await this.engine.move(
        em,
        held,
        v.credit ? PaymentState.SUCCEEDED : PaymentState.CANCELLED,
        {
          slot: null,
          nextAttemptAt: null,
          transactionId,
          reason: `${v.credit ? 'Credited' : 'Cancelled'} by an admin: ${v.note}`,
        },
        PaymentState.HELD,
      );
      if (!moved) throw conflict('Another admin decided on this payment first');
      audit(em, {
        resellerId: payment.reseller.id,
        accountId: payment.account.id,
        actorId: ctx.viewer!.userId,
        action: v.credit ? 'payment.credited' : 'payment.cancelled',
        detail: `Held payment ${payment.id}: ${v.note}`,
      });
      if (v.credit) {
        held.createdBy ??= em.getReference(User, ctx.viewer!.userId);
        wake = await this.engine.credit(em, held, transactionId, held.receivedMinor ?? held.amountMinor);
      }
      await em.flush();
    });
    if (wake) this.core.tasks.notify();
    return ctx.em.findOneOrFail(Payment, { id: payment.id }, { refresh: true });
  }
}
