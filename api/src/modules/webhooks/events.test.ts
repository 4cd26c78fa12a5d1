import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  unique,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { B, invoicesOf, runAt, signupOn, sql } from '../billing/testing';
import { D, domainState, setupHosting } from '../domains/testing';
import { card, customerOwing, PAY } from '../payments/testing';
import { createPlan } from '../billing/testing';
import { openTicket, T } from '../support/testing';
import { startReceiver, W, type Receiver } from './testing';

const eventually = (check: () => unknown, timeout = 15_000) => vi.waitFor(check, { timeout, interval: 25 });
const ALL = [
  'ACCOUNT_CREATED',
  'ACCOUNT_SUSPENDED',
  'ACCOUNT_RESUMED',
  'DOMAIN_ACTIVE',
  'INVOICE_ISSUED',
  'INVOICE_PAID',
  'PAYMENT_FAILED',
  'TICKET_REPLIED',
];

/*
 * Each event is caused by the real operation that emits it (an admin creating a customer, a
 * suspension, a signup on a priced plan, a payment, a declined card, a staff answer, a domain set
 * up on FILES servers), and arrives signed at a receiver on loopback.
 */
describeApi(
  'webhooks: the events, from the operations that cause them',
  (api) => {
    let master: MasterClient;
    let acme: ResellerAdminClient;
    let alice: EndUserClient;
    let rx: Receiver;

    /** Subscribes `client` to `events` at `path`; the receiver checks signatures with its secret. */
    async function subscribe(client: { ok: MasterClient['ok'] }, path: string, events = ALL): Promise<string> {
      const { webhook, secret } = (await client.ok(W.create, { i: { url: rx.url(path), events } })).createWebhook;
      rx.useSecret(secret, path);
      return webhook.id;
    }

    beforeAll(async () => {
      master = await setupMaster(api);
      await master.ok(W.setPolicy, { a: true });
      acme = await createReseller(master, api);
      rx = await startReceiver();
    });
    afterAll(() => rx?.close());

    it('account created, suspended and resumed: to the company’s webhook, and to the account’s own', async () => {
      await subscribe(acme, '/acme');
      alice = await createEndUser(acme, api);
      const accountId = Number(alice.accountIds[0]);
      await eventually(() => expect(rx.of('account.created', '/acme')).toHaveLength(1));
      expect(rx.of('account.created', '/acme')[0]!.event).toMatchObject({
        type: 'account.created',
        id: expect.stringMatching(/^evt_[0-9a-f]{24}$/),
        data: { accountId, name: `${alice.login} main`, status: 'ACTIVE' },
      });

      await subscribe(alice, '/alice', ['ACCOUNT_SUSPENDED', 'ACCOUNT_RESUMED']);
      await acme.ok(`mutation($id: ID!) { suspendAccount(id: $id, reason: "Unpaid") { id } }`, { id: accountId });
      await eventually(() => {
        expect(rx.of('account.suspended', '/acme')).toHaveLength(1);
        expect(rx.of('account.suspended', '/alice')).toHaveLength(1);
      });
      const [toCompany] = rx.of('account.suspended', '/acme');
      const [toOwner] = rx.of('account.suspended', '/alice');
      expect(toCompany!.event).toEqual(toOwner!.event); // one event, the same ID to every webhook
      expect(toCompany!.event.data).toEqual({
        accountId,
        name: `${alice.login} main`,
        status: 'SUSPENDED',
        reason: 'Unpaid',
      });

      await acme.ok(`mutation($id: ID!) { resumeAccount(id: $id) { id } }`, { id: accountId });
      await eventually(() => expect(rx.of('account.resumed', '/alice')).toHaveLength(1));
      expect(rx.of('account.resumed', '/alice')[0]!.event.data).toMatchObject({ accountId, status: 'ACTIVE' });

      // Another company's customers are not the company's business, nor the account owner's.
      const stranger = await createReseller(master, api);
      await createEndUser(stranger, api);
      await new Promise((r) => setTimeout(r, 300));
      expect(rx.of('account.created', '/acme')).toHaveLength(1);
      expect(rx.received.filter((r) => r.path === '/alice')).toHaveLength(2);
      expect(rx.refused).toEqual([]);
    });

    it('a change that rolls back sends nothing', async () => {
      // Heard after the webhooks area (handlers run in the order they were registered): its deliveries are queued, then the creation fails.
      api.services.events.onInTransaction('account.created', ({ account }) => {
        if (account.name.startsWith('rollback')) throw new Error('refused by the test');
      });
      const before = rx.of('account.created', '/acme').length;
      const login = unique('rb');
      await acme.fails(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
        i: { login, email: `${login}@customer.test`, password: 'correct-horse-battery', accountName: 'rollback me' },
      });
      await createEndUser(acme, api); // a later one still arrives…
      await eventually(() => expect(rx.of('account.created', '/acme')).toHaveLength(before + 1));
      // …and the rolled-back one left no delivery task behind.
      const tasks = await sql<{ payload: string }>(api.orm, `select payload from task where kind = 'webhooks.deliver'`);
      expect(tasks.some((t) => JSON.stringify(t.payload).includes('rollback me'))).toBe(false);
      expect(rx.received.some((r) => r.body.includes('rollback me'))).toBe(false);
    });

    it('invoice issued and paid; payment failed (the root company, the master’s webhook)', async () => {
      await subscribe(master, '/root', ['INVOICE_ISSUED', 'INVOICE_PAID', 'PAYMENT_FAILED']);
      const c = await customerOwing(api, master, '12.50');
      const [invoice] = await invoicesOf(c.client, c.accountId);
      await eventually(() => expect(rx.of('invoice.issued', '/root')).toHaveLength(1));
      expect(rx.of('invoice.issued', '/root')[0]!.event.data).toEqual({
        accountId: Number(c.accountId),
        invoiceId: Number(invoice.id),
        number: invoice.number,
        totalMinor: '1250',
        currency: 'USD',
        state: 'OPEN',
      });

      const [sandbox] = (await master.ok(PAY.gateways)).paymentGateways;
      const declined = (
        await c.client.ok(PAY.pay, {
          i: { invoiceId: c.invoiceId, gatewayId: sandbox.id, card: card('4000000000000002') },
        })
      ).payInvoice;
      expect(declined.state).toBe('DECLINED');
      await eventually(() => expect(rx.of('payment.failed', '/root')).toHaveLength(1));
      expect(rx.of('payment.failed', '/root')[0]!.event.data).toMatchObject({
        accountId: Number(c.accountId),
        paymentId: Number(declined.id),
        invoiceId: Number(c.invoiceId),
        state: 'DECLINED',
        amountMinor: '1250',
        declineCode: 'card_declined',
      });

      await master.ok(B.pay, { i: { accountId: c.accountId, amount: '12.50', reason: 'Bank transfer' } });
      await eventually(() => expect(rx.of('invoice.paid', '/root')).toHaveLength(1));
      expect(rx.of('invoice.paid', '/root')[0]!.event.data).toMatchObject({
        accountId: Number(c.accountId),
        invoiceId: Number(c.invoiceId),
        state: 'PAID',
      });
      // acme's webhook heard none of the root company's billing.
      expect(rx.of('invoice.issued', '/acme')).toEqual([]);
    });

    it('invoice issued at signup on a reseller’s plan reaches that reseller’s webhook', async () => {
      const planId = await createPlan(acme, { recurringFee: '7' });
      const s = await signupOn(api, acme.cpHost, planId, 1);
      await eventually(() => expect(rx.of('invoice.issued', '/acme')).toHaveLength(1));
      expect(rx.of('invoice.issued', '/acme')[0]!.event.data).toMatchObject({
        accountId: Number(s.accountId),
        totalMinor: '700',
      });
      expect(rx.of('account.created', '/acme').some((r) => r.event.data.accountId === Number(s.accountId))).toBe(true);
    });

    it('ticket replied: a staff answer and a customer’s reply, never a staff note', async () => {
      const t = await openTicket(alice);
      await acme.ok(T.reply, { id: t.id, i: { body: 'A note for the team', internal: true } });
      await acme.ok(T.reply, { id: t.id, i: { body: 'We are on it.' } });
      await alice.ok(T.reply, { id: t.id, i: { body: 'Thanks!' } });
      await eventually(() => expect(rx.of('ticket.replied', '/acme')).toHaveLength(2));
      await new Promise((r) => setTimeout(r, 200));
      const replies = rx.of('ticket.replied', '/acme').map((r) => r.event.data);
      expect(replies).toHaveLength(2);
      expect(replies.map((d) => d.fromStaff).sort()).toEqual([false, true]);
      expect(replies[0]).toMatchObject({ ticketId: Number(t.id), number: t.number });
      expect(JSON.stringify(replies)).not.toContain('A note for the team');
    });

    it('domain active: once its zone and its site are in place', async () => {
      await setupHosting(master, {
        dns: [{ nameServer: 'ns1.files-host.com' }, { nameServer: 'ns2.files-host.com' }],
        web: { address: '192.0.2.80' },
        serviceDomain: 'files-host.com',
      });
      const bob = await createEndUser(master, api);
      await subscribe(bob, '/bob', ['DOMAIN_ACTIVE']);
      const name = `${unique('shop')}.com`;
      const added = (await bob.ok(D.add, { i: { kind: 'OWN', name } })).addDomain;
      await domainState(bob, added.id);
      await eventually(() => expect(rx.of('domain.active', '/bob').length).toBeGreaterThanOrEqual(1));
      const events = rx.of('domain.active', '/bob').map((r) => r.event);
      expect(events[0]).toMatchObject({
        id: `evt_domain_active_${added.id}`,
        data: { accountId: Number(bob.accountIds[0]), domainId: Number(added.id), name, kind: 'OWN' },
      });
      expect(new Set(events.map((e) => e.id)).size).toBe(1); // told twice at most, under one ID
    });

    // Last: the run bills every due account of the database a month and more from now.
    it('a billing run’s invoices, announced together, reach their own company’s webhook only', async () => {
      const other = await createReseller(master, api);
      const [acmePlan, otherPlan] = [
        await createPlan(acme, { recurringFee: '3' }),
        await createPlan(other, { recurringFee: '4' }),
      ];
      const mine = [await signupOn(api, acme.cpHost, acmePlan, 1), await signupOn(api, acme.cpHost, acmePlan, 1)];
      const theirs = await signupOn(api, other.cpHost, otherPlan, 1);
      const toAcme = (accountId: string) =>
        rx.of('invoice.issued', '/acme').filter((r) => r.event.data.accountId === Number(accountId));
      await eventually(() => mine.forEach((m) => expect(toAcme(m.accountId)).toHaveLength(1))); // their signup invoices

      const run = await runAt(api, new Date(Date.now() + 40 * 86_400_000));
      expect(run.invoices).toBeGreaterThanOrEqual(3);
      await eventually(() => mine.forEach((m) => expect(toAcme(m.accountId)).toHaveLength(2)));
      for (const m of mine) {
        const [, second] = await invoicesOf(m.client, m.accountId);
        expect(toAcme(m.accountId)[1]!.event.data).toMatchObject({ invoiceId: Number(second.id), totalMinor: '300' });
      }
      // The other company's invoice was issued by the same run, and acme's webhook heard nothing of it.
      expect(await invoicesOf(theirs.client, theirs.accountId)).toHaveLength(2);
      await new Promise((r) => setTimeout(r, 300));
      expect(toAcme(theirs.accountId)).toEqual([]);
    });
  },
  { TASK_BACKOFF_MS: '300', TASK_POLL_MS: '50', GATEWAY_TIMEOUT_MS: '300' },
);
