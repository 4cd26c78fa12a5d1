import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../pages/login.page';
import { WebhooksPage } from '../pages/webhooks.page';
import { createEndUser, setupMasterAdmin, signInApi, type MasterAdmin } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { tid } from '../support/tid';

/** A customer's receiver on loopback: keeps what it is sent, answers 200, and checks signatures by the published recipe. */
async function startReceiver() {
  const got: { body: string; signature: string; event: { id: string; type: string } }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      got.push({ body, signature: String(req.headers['x-heliosphere-signature'] ?? ''), event: JSON.parse(body) });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('thanks');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const verifies = (secret: string, r: { body: string; signature: string }) => {
    const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(r.signature);
    return !!m && crypto.createHmac('sha256', secret).update(`${m[1]}.${r.body}`).digest('hex') === m[2];
  };
  return { url: `http://127.0.0.1:${port}/hooks/helio`, got, verifies, close: () => server.close() };
}

describe.skipIf(skipReason)('webhooks', () => {
  const e2e = useE2E();
  let admin: MasterAdmin;
  let session: Session;
  let rx: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    session = await e2e.newSession();
    rx = await startReceiver();
  });
  afterAll(() => rx?.close());

  it('an admin adds a webhook to a receiver on loopback (refused until the master allows private targets), sends a test event and sees it delivered with 200', async () => {
    const layout = await signIn(session.page, admin);
    await layout.navigate('admin-webhooks');
    const hooks = new WebhooksPage(session.page);

    // Loopback is refused while private targets are not allowed; the error shows under the URL and nothing is saved.
    await hooks.add(rx.url, ['ACCOUNT_CREATED', 'INVOICE_PAID']);
    await hooks.fieldError('url').waitFor();
    expect(await hooks.fieldError('url').innerText()).toMatch(/private, loopback or link-local/);
    expect(await hooks.rows.count()).toBe(0);
    await e2e.screenshot(session.page, 'webhooks-refused-target');

    // The master allows them (the switch on the same page), and the same form goes through.
    await hooks.page.locator(tid('webhook-form')).getByRole('button', { name: 'Cancel' }).click();
    await hooks.allowPrivate.check();
    await expect.poll(() => hooks.allowPrivate.isChecked()).toBe(true);
    await hooks.add(rx.url, ['ACCOUNT_CREATED', 'INVOICE_PAID']);
    await hooks.row(rx.url).waitFor();
    const secret = (await hooks.secret.innerText()).trim();
    expect(secret).toMatch(/^whsec_/);
    await e2e.screenshot(session.page, 'webhooks-created-secret');

    await hooks.sendTest(rx.url);
    await hooks.delivery('webhook.test', 200).waitFor({ timeout: 20_000 });
    expect(await hooks.delivery('webhook.test', 200).locator(tid('webhook-delivery-status')).innerText()).toBe('200');
    await e2e.screenshot(session.page, 'webhooks-test-delivered');

    // What the receiver got: the test event, signed with the secret the page showed.
    expect(rx.got.map((r) => r.event.type)).toEqual(['webhook.test']);
    expect(rx.verifies(secret, rx.got[0]!)).toBe(true);
    expect(await hooks.delivery('webhook.test', 200).getAttribute('data-event-id')).toBe(rx.got[0]!.event.id);
  });

  it('a new customer is told to the company’s webhook; the customer’s own Webhooks page does not show the company’s', async () => {
    const api = await signInApi(e2e.url, admin);
    const customer = await createEndUser(api, { login: 'hookcustomer' });
    await expect.poll(() => rx.got.map((r) => r.event.type), { timeout: 15_000 }).toContain('account.created');
    const created = rx.got.find((r) => r.event.type === 'account.created')!;
    expect(JSON.parse(created.body).data).toMatchObject({ accountId: Number(customer.accounts[0]!.id) });

    const hooks = new WebhooksPage(session.page);
    await session.page.reload();
    await hooks.delivery('account.created', 200).waitFor();

    const own = await e2e.newSession();
    const layout = await signIn(own.page, customer);
    await layout.navigate('webhooks');
    await own.page.locator(tid('webhooks-table')).waitFor();
    expect(await new WebhooksPage(own.page).rows.count()).toBe(0);
    expect(await own.page.locator(tid('webhook-allow-private')).count()).toBe(0);
    await e2e.screenshot(own.page, 'webhooks-customer-own');
  });
});
