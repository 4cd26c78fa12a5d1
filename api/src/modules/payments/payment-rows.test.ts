import type { EntityManager } from '@mikro-orm/core';
import { beforeAll, expect, it } from 'vitest';
import { systemEm, type ScopeParams } from '../../db/scope';
import { describeApi } from '../../test/api';
import { columnsOf } from '../../test/columns';
import { scopedEm, viewerScopes } from '../../test/tenant-scopes';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { Account } from '../accounts';
import { Invoice } from '../billing';
import { GatewayKind, PaymentKind, PaymentMethod, PaymentSource } from './enums';
import { PaymentGateway } from './gateway.entity';
import { Payment } from './payment.entity';
import { visiblePayment } from './payment-rows';
import { savedCardCharge } from './saved-card-charge';
import { SavedCard } from './saved-card.entity';

/**
 * The prepared reads of paying by saved card (payment-rows.ts, saved-card-charge.ts) repeat the
 * tenant rule of Payment, Invoice, Account and SavedCard (accountOwnedScope, the account's own
 * filter) in SQL and JavaScript. Each is run here beside the ORM's scoped queries the service made
 * before, for every kind of viewer, on rows of several companies: a rule changed on one side only fails.
 */

describeApi('prepared payment reads agree with the ORM’s scoped queries', (api) => {
  let master: MasterClient;
  let adminA: ResellerAdminClient;
  let adminB: ResellerAdminClient;
  let userA1: EndUserClient;
  let userA2: EndUserClient;
  let userB1: EndUserClient;
  let rootUser: EndUserClient;
  const invoiceIds: number[] = [];
  const paymentIds: number[] = [];

  const scoped = (scope: ScopeParams): EntityManager => scopedEm(api, scope);
  const scopes = () => viewerScopes({ master, adminA, adminB, userA1, userA2, userB1, rootUser });

  beforeAll(async () => {
    master = await setupMaster(api);
    adminA = await createReseller(master, api, { name: 'Alpha Hosting' });
    adminB = await createReseller(master, api, { name: 'Beta Hosting' });
    userA1 = await createEndUser(adminA, api, { accounts: 2 });
    userA2 = await createEndUser(adminA, api, { accounts: 1 });
    userB1 = await createEndUser(adminB, api, { accounts: 1 });
    rootUser = await createEndUser(master, api, { accounts: 1 });
    const em = systemEm(api.orm, 'test set-up: invoices, cards and payments of several companies, written directly');
    const accounts = await em.find(Account, {}, { populate: ['reseller'], orderBy: { id: 'asc' } });
    const gateways = new Map<number, PaymentGateway>();
    for (const [i, account] of accounts.entries()) {
      const reseller = account.reseller;
      let gateway = gateways.get(reseller.id);
      if (!gateway) {
        gateway = em.create(PaymentGateway, {
          reseller,
          kind: GatewayKind.STRIPE,
          name: `Stripe ${reseller.id}`,
          currencies: reseller.currency,
        });
        gateways.set(reseller.id, gateway);
      }
      const invoice = em.create(Invoice, {
        reseller,
        account,
        number: 9000 + i,
        currency: reseller.currency,
        subtotalMinor: 1000n,
        taxMinor: 0n,
        totalMinor: 1000n,
        issuedAt: new Date(),
        dueAt: new Date(Date.now() + 86_400_000),
      });
      // Every other account has a saved card: both answers are compared.
      if (i % 2 === 0)
        em.create(SavedCard, {
          reseller,
          account,
          gateway,
          token: `tok_${i}`,
          brand: 'Visa',
          last4: '4242',
          expMonth: 12,
          expYear: 2040,
        });
      await em.flush();
      const payment = em.create(Payment, {
        reseller,
        account,
        invoice,
        gateway,
        kind: PaymentKind.CHARGE,
        method: PaymentMethod.CARD,
        source: PaymentSource.CUSTOMER,
        amountMinor: 1000n + BigInt(i),
        currency: reseller.currency,
        card: 'Visa •••• 4242',
        token: `tok_${i}`,
        idempotencyKey: `test-key-${i}`,
        nextAttemptAt: new Date('2030-01-02T03:04:05.678Z'),
      });
      await em.flush();
      invoiceIds.push(invoice.id);
      paymentIds.push(payment.id);
    }
  });

  it('a payment: visible to the same viewers, with the same values', async () => {
    const meta = api.orm.em.getMetadata().get(Payment.name);
    let seen = 0;
    for (const [who, scope] of scopes()) {
      for (const id of paymentIds) {
        const orm = await scoped(scope).findOne(Payment, { id });
        const prepared = await visiblePayment(scoped(scope), id);
        expect({ who, id, row: prepared && columnsOf(meta, prepared) }).toEqual({
          who,
          id,
          row: orm && columnsOf(meta, orm),
        });
        if (orm) seen++;
      }
    }
    // The master admin sees every payment, each end user only their own: both kinds of answer were compared.
    expect(seen).toBeGreaterThan(paymentIds.length);
    expect(seen).toBeLessThan(paymentIds.length * scopes().length);
  });

  it('paying by saved card: the same NOT_FOUND, the same card, as the ORM’s scoped reads', async () => {
    const outcomes = new Set<string>();
    for (const [who, scope] of scopes()) {
      for (const id of invoiceIds) {
        // What the service read through the ORM: the invoice, its account, the account's saved card.
        const em = scoped(scope);
        const invoice = await em.findOne(Invoice, { id });
        const account = invoice && (await em.findOne(Account, { id: invoice.account.id }));
        const card = account && (await em.findOne(SavedCard, { account: account.id }));
        const expected = !invoice
          ? 'NOT_FOUND Invoice'
          : !account
            ? 'NOT_FOUND Account'
            : !card
              ? 'no saved card'
              : `card ${card.token} at gateway ${card.gateway.id}`;
        const got = await savedCardCharge(scoped(scope), api.config, id).then(
          (c) => `card ${c.token} at gateway ${c.gateway.id}`,
          (err: Error & { extensions?: { code?: string } }) =>
            err.extensions?.code === 'NOT_FOUND'
              ? `NOT_FOUND ${err.message.split(' ')[0]}`
              : /saved card/.test(err.message)
                ? 'no saved card'
                : err.message,
        );
        expect({ who, id, got }).toEqual({ who, id, got: expected });
        outcomes.add(expected.split(' ')[0]!);
      }
    }
    expect([...outcomes].sort()).toEqual(['NOT_FOUND', 'card', 'no']);
  });
});
