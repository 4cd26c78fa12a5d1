import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  PASSWORD,
  setupMaster,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { DELIVERY_LOG_DAYS, pruneDeliveryLog } from './retention';
import { startReceiver, W, type Receiver } from './testing';

/** Waits until `check` stops throwing (what the worker does happens after the mutation answers). */
const eventually = (check: () => unknown, timeout = 15_000) => vi.waitFor(check, { timeout, interval: 25 });

const codeOf = (e: { extensions?: { code?: unknown } }) => e.extensions?.code;
const fieldsOf = (e: { extensions?: { fields?: { field: string }[] } }) => e.extensions?.fields?.map((f) => f.field);

/* Fast retries and a worker that looks for due tasks often: a retry after a 500 comes within a second. */
const ENV = { TASK_BACKOFF_MS: '300', TASK_POLL_MS: '50' };

describeApi(
  'webhooks: subscriptions, validation, targets, isolation',
  (api) => {
    let master: MasterClient;
    let acme: ResellerAdminClient;
    let other: ResellerAdminClient;
    let alice: EndUserClient;
    let rx: Receiver;

    beforeAll(async () => {
      master = await setupMaster(api);
      acme = await createReseller(master, api);
      other = await createReseller(master, api);
      alice = await createEndUser(acme, api);
      rx = await startReceiver();
    });
    afterAll(() => rx?.close());

    it('refuses private, loopback and link-local targets unless the master allows them; bad URLs and events name their field and save nothing', async () => {
      expect((await master.ok(W.policy)).webhookPolicy).toEqual({ allowPrivateTargets: false });
      expect(codeOf(await acme.fails(W.setPolicy, { a: true }))).toBe('FORBIDDEN');
      expect(codeOf(await acme.fails(W.policy))).toBe('FORBIDDEN');

      const refused = [
        rx.url(),
        'http://10.1.2.3/hook',
        'http://192.168.0.10/hook',
        'http://169.254.169.254/latest/meta-data',
        'http://[::1]:8080/hook',
        'http://[fd00::5]/hook',
        'http://[fe80::1]/hook',
        'http://[::ffff:127.0.0.1]/hook',
        'http://0.0.0.0/hook',
        `http://localhost:${rx.port}/hook`, // a name: refused because it resolves to loopback
      ];
      for (const url of refused) {
        const err = await acme.fails(W.create, { i: { url, events: ['ACCOUNT_CREATED'] } });
        expect(codeOf(err), url).toBe('BAD_USER_INPUT');
        expect(fieldsOf(err), url).toEqual(['url']);
      }
      const badUrl = [
        ['ftp://example.com/x', /http/],
        ['http://user:secret@example.com/x', /user name or password/],
        ['not a url', /not a URL/],
        [`https://example.com/${'a'.repeat(2000)}`, /2000/],
      ] as const;
      for (const [url, message] of badUrl) {
        const err = await acme.fails(W.create, { i: { url, events: ['ACCOUNT_CREATED'] } });
        expect(fieldsOf(err), url).toEqual(['url']);
        expect(err.message).toMatch(message);
      }
      const noEvents = await acme.fails(W.create, { i: { url: 'https://example.com/x', events: [] } });
      expect(fieldsOf(noEvents)).toEqual(['events']);
      const twice = await acme.fails(W.create, {
        i: { url: 'https://example.com/x', events: ['INVOICE_PAID', 'INVOICE_PAID'] },
      });
      expect(fieldsOf(twice)).toEqual(['events']);
      const longNote = await acme.fails(W.create, {
        i: { url: 'https://example.com/x', events: ['INVOICE_PAID'], description: 'x'.repeat(201) },
      });
      expect(fieldsOf(longNote)).toEqual(['description']);
      expect((await acme.ok(W.list)).webhooks).toEqual([]);

      // The master allows private targets: loopback is accepted (what the other tests rely on).
      expect((await master.ok(W.setPolicy, { a: true })).setWebhookPolicy).toEqual({ allowPrivateTargets: true });
      const ok = (await acme.ok(W.create, { i: { url: rx.url(), events: ['ACCOUNT_CREATED'] } })).createWebhook;
      expect(ok.webhook).toMatchObject({ url: rx.url(), events: ['ACCOUNT_CREATED'], enabled: true, description: '' });
      // Never a server, whatever the policy.
      expect(fieldsOf(await acme.fails(W.create, { i: { url: 'http://0.0.0.0/', events: ['INVOICE_PAID'] } }))).toEqual(
        ['url'],
      );
      await acme.ok(W.delete, { id: ok.webhook.id });
    });

    it('creates, updates, rotates and reveals; the secret is shown on creation only, and sealed at rest', async () => {
      const created = (
        await acme.ok(W.create, {
          i: { url: rx.url('/crud'), events: ['INVOICE_ISSUED', 'INVOICE_PAID'], description: 'Accounting' },
        })
      ).createWebhook;
      expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
      const id = created.webhook.id;
      expect((await acme.ok(W.list)).webhooks).toEqual([
        expect.objectContaining({ id, url: rx.url('/crud'), events: ['INVOICE_ISSUED', 'INVOICE_PAID'] }),
      ]);
      const [row] = await api.orm.em
        .fork()
        .getConnection()
        .execute('select secret from webhook where id = ?', [Number(id)]);
      expect(String(row.secret)).not.toContain(created.secret);

      const updated = (
        await acme.ok(W.update, { id, i: { events: ['TICKET_REPLIED'], enabled: false, description: 'Desk' } })
      ).updateWebhook;
      expect(updated).toMatchObject({
        events: ['TICKET_REPLIED'],
        enabled: false,
        description: 'Desk',
        url: rx.url('/crud'),
      });
      const bad = await acme.fails(W.update, { id, i: { url: 'gopher://x' } });
      expect(fieldsOf(bad)).toEqual(['url']);
      expect((await acme.ok(W.get, { id })).webhook.url).toBe(rx.url('/crud'));

      const wrong = await acme.fails(W.reveal, { id, p: 'not-my-password' });
      expect(fieldsOf(wrong)).toEqual(['password']);
      expect((await acme.ok(W.reveal, { id, p: PASSWORD })).revealWebhookSecret).toBe(created.secret);
      const rotated = (await acme.ok(W.rotate, { id })).rotateWebhookSecret;
      expect(rotated.secret).not.toBe(created.secret);
      expect((await acme.ok(W.reveal, { id, p: PASSWORD })).revealWebhookSecret).toBe(rotated.secret);

      expect((await acme.ok(W.delete, { id })).deleteWebhook).toBe(true);
      expect(codeOf(await acme.fails(W.get, { id }))).toBe('NOT_FOUND');
    });

    it('keeps each company’s and each customer’s webhooks to themselves: a foreign ID is NOT_FOUND', async () => {
      const company = (await acme.ok(W.create, { i: { url: rx.url('/acme'), events: ['ACCOUNT_CREATED'] } }))
        .createWebhook.webhook.id;
      const own = (await alice.ok(W.create, { i: { url: rx.url('/alice'), events: ['ACCOUNT_SUSPENDED'] } }))
        .createWebhook.webhook.id;
      expect((await acme.ok(W.list)).webhooks.map((w: { id: string }) => w.id)).toEqual([company]);
      expect((await alice.ok(W.list)).webhooks.map((w: { id: string }) => w.id)).toEqual([own]);
      expect((await other.ok(W.list)).webhooks).toEqual([]);
      expect((await master.ok(W.list)).webhooks).toEqual([]); // the root company's: none

      const calls: [string, Record<string, unknown>][] = [
        [W.get, {}],
        [W.update, { i: { description: 'mine now' } }],
        [W.delete, {}],
        [W.rotate, {}],
        [W.reveal, { p: PASSWORD }],
        [W.test, {}],
        [W.deliveries, {}],
      ];
      for (const [viewer, id] of [
        [other, company],
        [master, company],
        [alice, company],
        [acme, own],
        [other, own],
      ] as const) {
        for (const [query, vars] of calls) {
          const err = await viewer.fails(query, { id, ...vars });
          expect(codeOf(err), `${query.slice(0, 30)} ${id}`).toBe('NOT_FOUND');
        }
      }
      expect((await acme.ok(W.get, { id: company })).webhook.description).toBe('');
      expect((await alice.ok(W.get, { id: own })).webhook.url).toBe(rx.url('/alice'));
      expect(rx.received).toEqual([]);
    });
  },
  ENV,
);

describeApi(
  'webhooks: signed deliveries, retries, refusals on delivery',
  (api) => {
    let master: MasterClient;
    let acme: ResellerAdminClient;
    let rx: Receiver;
    let hookId: string;

    beforeAll(async () => {
      master = await setupMaster(api);
      acme = await createReseller(master, api);
      rx = await startReceiver();
      await master.ok(W.setPolicy, { a: true });
      const created = (
        await acme.ok(W.create, { i: { url: rx.url('/t'), events: ['ACCOUNT_CREATED'], enabled: false } })
      ).createWebhook;
      hookId = created.webhook.id;
      rx.useSecret(created.secret);
    });
    afterAll(() => rx?.close());

    const log = async (id = hookId) => (await acme.ok(W.deliveries, { id, first: 50 })).webhookDeliveries;

    it('sends a signed test event (to a disabled webhook too) and logs its answer', async () => {
      const { eventId } = (await acme.ok(W.test, { id: hookId })).sendTestWebhook;
      await eventually(() => expect(rx.of('webhook.test')).toHaveLength(1));
      const [got] = rx.of('webhook.test');
      expect(got!.event).toEqual({
        id: eventId,
        type: 'webhook.test',
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        data: { accountId: null, webhookId: Number(hookId) },
      });
      expect(got!.headers).toMatchObject({
        'content-type': 'application/json',
        'x-heliosphere-event': 'webhook.test',
        'x-heliosphere-event-id': eventId,
      });
      expect(rx.refused).toEqual([]);
      await eventually(async () => expect((await log()).totalCount).toBe(1));
      expect((await log()).nodes[0]).toMatchObject({
        eventId,
        eventType: 'webhook.test',
        attempt: 1,
        ok: true,
        statusCode: 200,
        error: null,
        response: 'status 200 for webhook.test',
      });
    });

    it('retries with backoff after a 500, with the same event ID, until the receiver takes it', async () => {
      rx.answerWith((r) => (r.event.type === 'webhook.test' && rx.of('webhook.test').length === 2 ? 500 : 200));
      void (await acme.ok(W.test, { id: hookId }));
      await eventually(() => expect(rx.of('webhook.test')).toHaveLength(3), 10_000);
      const [, first, second] = rx.of('webhook.test');
      expect(second!.event).toEqual(first!.event);
      // The engine's backoff: 300 ms ±20 % before the second attempt.
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(230);
      await eventually(async () => expect((await log()).totalCount).toBe(3));
      const [retried, failed] = (await log()).nodes;
      expect(failed).toMatchObject({ eventId: first!.event.id, attempt: 1, ok: false, statusCode: 500 });
      expect(retried).toMatchObject({ eventId: first!.event.id, attempt: 2, ok: true, statusCode: 200 });
      rx.answerWith(() => 200);
    });

    it('signs with the rotated secret from then on: the old one no longer verifies', async () => {
      const { secret } = (await acme.ok(W.rotate, { id: hookId })).rotateWebhookSecret;
      const before = rx.of('webhook.test').length;
      await acme.ok(W.test, { id: hookId });
      // The receiver still checks with the old secret: it answers 401, a failed attempt.
      await eventually(() => expect(rx.refused.length).toBeGreaterThanOrEqual(1));
      rx.useSecret(secret);
      await eventually(() => expect(rx.of('webhook.test')).toHaveLength(before + 1), 10_000);
      const failed = (await log()).nodes.find((d: { statusCode: number }) => d.statusCode === 401);
      expect(failed).toMatchObject({ ok: false, response: 'bad signature' });
    });

    it('checks the address again on delivery: once the master forbids private targets, nothing is sent (by address or by name) and it is not retried', async () => {
      const byName = (
        await acme.ok(W.create, { i: { url: `http://localhost:${rx.port}/by-name`, events: ['ACCOUNT_CREATED'] } })
      ).createWebhook.webhook.id;
      await master.ok(W.setPolicy, { a: false });
      const count = rx.received.length;
      await acme.ok(W.test, { id: hookId });
      await acme.ok(W.test, { id: byName });
      await eventually(async () => {
        expect((await log(hookId)).nodes[0]).toMatchObject({ ok: false, statusCode: null });
        expect((await log(byName)).nodes[0]).toMatchObject({ ok: false, statusCode: null });
      });
      expect((await log(hookId)).nodes[0].error).toMatch(
        /127\.0\.0\.1 is on a private, loopback or link-local network/,
      );
      expect((await log(byName)).nodes[0].error).toMatch(/localhost resolves to .* loopback/);
      await new Promise((r) => setTimeout(r, 800)); // longer than a retry would wait
      expect((await log(byName)).totalCount).toBe(1);
      expect(rx.received.length).toBe(count);
      await master.ok(W.setPolicy, { a: true });
    });

    it('keeps the delivery log for 30 days', async () => {
      const total = (await log()).totalCount;
      expect(total).toBeGreaterThan(2);
      expect(await pruneDeliveryLog(api.orm)).toBe(0);
      expect(
        await pruneDeliveryLog(api.orm, new Date(Date.now() + (DELIVERY_LOG_DAYS + 1) * 86_400_000)),
      ).toBeGreaterThanOrEqual(total);
      expect((await log()).totalCount).toBe(0);
    });
  },
  ENV,
);
