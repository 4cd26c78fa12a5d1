import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { systemEm } from '../../db/scope';
import type { Logger } from '../../logger';
import type { Core } from '../../module';
import { audit } from '../audit';
import { adapterFor } from './adapters';
import { moneyText as money } from '../billing';
import { lockAccount, type PaymentEngine, type Root } from './engine';
import { PaymentKind, PaymentMethod, PaymentState } from './enums';
import { GatewayEvent } from './gateway-event.entity';
import { inService, PaymentGateway } from './gateway.entity';
import { Payment } from './payment.entity';

export interface NotificationAnswer {
  status: number;
  text: string;
}

/**
 * A redirect gateway's server-to-server notification (PAY-2). It is proven first (signature, or
 * PayPal's call-back); then kept once per gateway event ID, so a resent notification changes
 * nothing. A completed payment that matches what we asked for (amount, currency, receiver)
 * credits the account; one that does not is HELD for an admin, not credited.
 */
export async function handleNotification(
  root: Root,
  core: Pick<Core, 'config' | 'secrets' | 'tasks'>,
  engine: Pick<PaymentEngine, 'move' | 'credit'>,
  gatewayId: number,
  body: string,
  headers: Record<string, string | undefined>,
  log: Logger,
): Promise<NotificationAnswer> {
  const em = systemEm(
    root,
    'a gateway’s notification arrives with no viewer; its payment is found by the gateway’s reference',
  );
  const gateway = await em.findOne(PaymentGateway, { id: gatewayId }, { populate: ['credentials'] });
  const adapter =
    gateway && inService(core.config, gateway) ? adapterFor(core.config, core.secrets, gateway).redirect : undefined;
  if (!gateway || !adapter) return { status: 404, text: 'no such gateway' };
  const n = await adapter.verifyNotification(body, headers);
  if (!n.ok) {
    log.warn({ gatewayId, reason: n.reason }, 'payment notification rejected');
    return n.retryable ? { status: 503, text: 'try again later' } : { status: 400, text: 'rejected' };
  }
  let wake = false;
  let outcome = '';
  try {
    await em.transactional(async (tx) => {
      const where = {
        id: n.paymentId ?? 0,
        gateway: gateway.id,
        kind: PaymentKind.CHARGE,
        method: PaymentMethod.REDIRECT,
      };
      const found = n.paymentId ? await tx.findOne(Payment, where, { fields: ['account'] }) : null;
      if (found) await lockAccount(tx, found.account.id);
      const payment = found ? await tx.findOne(Payment, where, { populate: ['invoice'], refresh: true }) : null;
      const event = tx.create(GatewayEvent, {
        reseller: gateway.reseller,
        gateway,
        eventId: n.eventId.slice(0, 150),
        payment,
        outcome: 'IGNORED',
        detail: '',
      });
      await tx.flush(); // a second copy of the event stops here, on the unique key
      const reported = n.amountMinor !== null ? money(n.amountMinor, n.currency || '?') : `? ${n.currency}`;
      const hold = (why: string) => {
        event.outcome = 'HELD';
        event.detail = why;
      };
      if (!n.completed) {
        event.detail = `status ${n.status}: nothing to credit`;
      } else if (!payment) {
        event.outcome = 'UNMATCHED';
        event.detail = `${reported} (${n.transactionId}) for no payment of ours`;
        audit(tx, {
          resellerId: gateway.reseller.id,
          action: 'payment.unmatched',
          detail: `${gateway.name}: a completed payment of ${reported} (${n.transactionId}) names no payment of ours`,
        });
      } else if (n.wrongReceiver) {
        hold(`paid to another ${gateway.name} account than this company’s`);
      } else if (n.currency !== payment.currency || n.amountMinor !== payment.amountMinor) {
        hold(`reported ${reported}, but ${money(payment.amountMinor, payment.currency)} was asked for`);
      } else if (payment.state === PaymentState.SUCCEEDED || payment.state === PaymentState.HELD) {
        hold(`a second completed payment (${n.transactionId}) for payment ${payment.id}`);
      } else {
        const moved = await engine.move(
          tx,
          payment,
          PaymentState.SUCCEEDED,
          { transactionId: n.transactionId.slice(0, 100), reason: null },
          payment.state,
        );
        if (moved) {
          event.outcome = 'CREDITED';
          event.detail = `${reported} (${n.transactionId})`;
          wake = await engine.credit(tx, payment, n.transactionId);
        }
      }
      if (
        event.outcome === 'HELD' &&
        payment &&
        payment.state !== PaymentState.SUCCEEDED &&
        payment.state !== PaymentState.HELD
      ) {
        await engine.move(
          tx,
          payment,
          PaymentState.HELD,
          {
            reason: `Held for review: ${event.detail}`,
            transactionId: n.transactionId.slice(0, 100),
            receivedMinor: n.amountMinor,
            receivedCurrency: n.currency.slice(0, 3) || null,
          },
          payment.state,
        );
      }
      if (event.outcome === 'HELD')
        audit(tx, {
          resellerId: gateway.reseller.id,
          accountId: payment?.account.id,
          action: 'payment.held',
          detail: `${gateway.name} notification ${n.eventId}: ${event.detail}`,
        });
      outcome = event.outcome;
      await tx.flush();
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) return { status: 200, text: 'duplicate' };
    throw err;
  }
  if (wake) core.tasks.notify();
  log.info({ gatewayId, eventId: n.eventId, outcome }, 'payment notification');
  return { status: 200, text: outcome.toLowerCase() };
}
