import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BillingPage } from '../pages/billing.page';
import { InvoicePage } from '../pages/invoice.page';
import { signIn } from '../pages/login.page';
import { PaymentPanel, SandboxCheckout, type CardDetails } from '../pages/payment.page';
import {
  createAccount,
  createEndUser,
  createMonthlyPlan,
  invoicesOf,
  setupMasterAdmin,
  signInApi,
  type MasterAdmin,
  type SeededUser,
} from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';

/** The gateway the first-run setup creates for the root company. */
const SANDBOX = 'Sandbox (test mode)';
const FEE = '12.50';
const card = (number: string): CardDetails => ({
  number,
  expMonth: '12',
  expYear: String(new Date().getUTCFullYear() + 3),
  cvc: '123',
  holderName: 'Paula Payer',
});

/** A full-page picture of a key step, kept in /tmp for a person to look at. */
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/payments-${name}.png`, fullPage: true });

/** The same at a laptop's and a phone's width. */
async function shotWide(page: Page, name: string): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await shot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * PAY-1..2 end to end through the built-in sandbox gateway: a declined card and then a good one
 * pay an invoice and settle the balance; a second invoice is paid on the sandbox's checkout page
 * and the customer comes back to it paid.
 */
describe.skipIf(skipReason)('payments: a customer pays invoices by card and on the gateway’s page', () => {
  // The e2e server runs with NODE_ENV=production, where the sandbox is off unless asked for.
  const e2e = useE2E({ env: { PAYMENT_SANDBOX: 'true' } });
  let admin: MasterAdmin;
  let customer: SeededUser;
  let s: Session;
  let planId = '';

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    planId = await createMonthlyPlan(admin.client, 'Basic', FEE);
    customer = await createEndUser(admin.client, {
      login: 'payer',
      accountName: 'Paying shop',
      plan: { planId, periodMonths: 1 },
    });
    s = await e2e.newSession();
    await signIn(s.page, customer);
  });

  afterAll(() => s?.context.close());

  it('a declined card leaves the invoice open; the test card pays it and the balance is settled', async () => {
    const [invoice] = await invoicesOf(admin.client, customer.accounts[0].id);
    expect(invoice).toMatchObject({ state: 'OPEN', total: FEE });

    const billing = new BillingPage(s.page);
    await billing.open();
    const before = await billing.balance();
    expect(before).toMatchObject({ amount: `-${FEE}`, standing: 'OWES' });

    const page = new InvoicePage(s.page);
    const pay = new PaymentPanel(s.page);
    await page.open(invoice!.id);
    await pay.payCard.waitFor();
    expect(await pay.amountDue()).toBe(FEE);
    expect(await pay.testModeNotice.innerText()).toContain('4242 4242 4242 4242');
    await shot(s.page, '1-invoice-open');

    const declined = await pay.payByCard(card('4000 0000 0000 0002'));
    expect(declined.errors, JSON.stringify(declined.errors)).toBeUndefined();
    expect(declined.data!.payInvoice).toMatchObject({ state: 'DECLINED', reason: 'Your card was declined.' });
    expect(await pay.outcome(declined.data!.payInvoice.id)).toMatchObject({
      state: 'DECLINED',
      reason: 'Your card was declined.',
    });
    expect((await page.header()).state).toBe('OPEN');
    await pay.payCard.waitFor();
    await shot(s.page, '2-declined');

    const paid = await pay.payByCard(card('4242 4242 4242 4242'));
    expect(paid.errors, JSON.stringify(paid.errors)).toBeUndefined();
    expect(paid.data!.payInvoice.state).toBe('SUCCEEDED');
    const outcome = await pay.outcome(paid.data!.payInvoice.id);
    expect(outcome).toMatchObject({ state: 'SUCCEEDED', reason: '' });
    expect(outcome.text).toContain('Payment received');
    await expect.poll(async () => (await page.header()).state).toBe('PAID');
    expect(await pay.payCard.count()).toBe(0);
    expect((await pay.payments()).map((p) => [p.state, p.amount, p.via, p.reason])).toEqual([
      ['SUCCEEDED', FEE, 'Visa •••• 4242', ''],
      ['DECLINED', FEE, 'Visa •••• 0002', 'Your card was declined.'],
    ]);
    await shot(s.page, '3-paid');

    await billing.open();
    await expect.poll(() => billing.balance()).toMatchObject({ amount: '0.00', standing: 'SETTLED' });
    expect((await billing.balance()).amount).not.toBe(before.amount);
    expect((await billing.entries()).map((e) => [e.kind, e.amount])).toEqual([
      ['PAYMENT', FEE],
      ['CHARGE', `-${FEE}`],
    ]);
    await expect.poll(async () => (await pay.payments()).map((p) => p.state)).toEqual(['SUCCEEDED', 'DECLINED']);
    await shot(s.page, '4-billing');
  });

  it('pays a second invoice on the sandbox’s checkout page and comes back to it paid', async () => {
    const second = await createAccount(admin.client, customer.id, 'Second shop', { planId, periodMonths: 1 });
    const [invoice] = await invoicesOf(admin.client, second.id);
    expect(invoice).toMatchObject({ state: 'OPEN', total: FEE });

    const page = new InvoicePage(s.page);
    const pay = new PaymentPanel(s.page);
    await page.open(invoice!.id);
    await pay.payOnGatewayPage(SANDBOX);

    const checkout = new SandboxCheckout(s.page);
    await checkout.waitFor();
    expect(await checkout.testModeBanner.innerText()).toContain('TEST MODE');
    expect((await checkout.amount.innerText()).trim()).toBe(`${FEE} USD`);
    await shot(s.page, '5-sandbox-checkout');

    await checkout.pay();
    const back = new URL(s.page.url());
    expect(back.pathname).toBe(`/invoices/${invoice!.id}`);
    const paymentId = back.searchParams.get('payment');
    expect(paymentId).toMatch(/^\d+$/);
    const outcome = await pay.outcome(paymentId!);
    expect(outcome.state).toBe('SUCCEEDED');
    expect(outcome.text.toLowerCase()).toContain('payment received');
    await expect.poll(async () => (await page.header()).state).toBe('PAID');
    expect((await pay.payments()).map((p) => [p.id, p.state, p.via, p.testMode])).toEqual([
      [paymentId, 'SUCCEEDED', SANDBOX, true],
    ]);
    expect((await invoicesOf(admin.client, second.id))[0]!.state).toBe('PAID');
    await shot(s.page, '6-redirect-paid');
  });

  it('offers one way to pay at a time: a choice by keyboard, the saved card first once there is one', async () => {
    const third = await createAccount(admin.client, customer.id, 'Third shop', { planId, periodMonths: 1 });
    const [invoice] = await invoicesOf(admin.client, third.id);
    const page = new InvoicePage(s.page);
    const pay = new PaymentPanel(s.page);
    await page.open(invoice!.id);
    await pay.payCard.waitFor();
    await s.page.locator('[data-test-id="pay-way"]').first().waitFor();
    // No card saved: a new card is chosen, and only its form shows.
    expect(await pay.ways()).toEqual([
      { way: 'CARD', gatewayName: '', checked: true },
      { way: 'REDIRECT', gatewayName: SANDBOX, checked: false },
    ]);
    expect(await pay.shownForms()).toEqual(['pay-card-form']);

    // The choice is one radio group: the arrow key moves to the gateway's page, whose button alone shows.
    await s.page.locator('[data-test-id="pay-way"][data-way="CARD"]').focus();
    await s.page.keyboard.press('ArrowDown');
    expect((await pay.ways()).map((w) => w.checked)).toEqual([false, true]);
    expect(await pay.shownForms()).toEqual(['pay-redirect']);
    await shotWide(s.page, '7-choice-gateway');

    // The customer saves a card for the account: the invoice page then offers it first, chosen.
    const api = await signInApi(e2e.url, customer);
    const { paymentSetup } = await api.request<{ paymentSetup: { options: { gatewayId: string; method: string }[] } }>(
      `query ($a: ID!) { paymentSetup(accountId: $a) { options { gatewayId method } } }`,
      { a: third.id },
    );
    const gatewayId = paymentSetup.options.find((o) => o.method === 'CARD')!.gatewayId;
    await api.request(`mutation ($i: SaveCardInput!) { saveCard(input: $i) { id } }`, {
      i: {
        accountId: third.id,
        gatewayId,
        card: {
          number: '4242 4242 4242 4242',
          expMonth: 12,
          expYear: new Date().getUTCFullYear() + 3,
          cvc: '123',
          holderName: 'Paula Payer',
        },
      },
    });
    await page.open(invoice!.id);
    await s.page.locator('[data-test-id="pay-way"][data-way="SAVED"]').waitFor();
    expect((await pay.ways()).map((w) => [w.way, w.checked])).toEqual([
      ['SAVED', true],
      ['CARD', false],
      ['REDIRECT', false],
    ]);
    expect(await pay.shownForms()).toEqual(['pay-saved-card']);
    await shotWide(s.page, '8-choice-saved-card');

    const paid = await pay.payWithSavedCard();
    expect(paid.errors, JSON.stringify(paid.errors)).toBeUndefined();
    expect(paid.data!.payInvoice.state).toBe('SUCCEEDED');
    expect((await pay.outcome(paid.data!.payInvoice.id)).state).toBe('SUCCEEDED');
    await expect.poll(async () => (await page.header()).state).toBe('PAID');
  });

  it('an invoice or a domain that does not exist offers the way back to its list and home, not “Try again”', async () => {
    for (const [path, list, title] of [
      ['/invoices/999999', '/invoices', null],
      ['/domains/999999', '/domains', 'Domain not found'],
    ] as const) {
      await s.page.goto(path);
      const notFound = s.page.locator('[data-test-id="not-found"]');
      await notFound.waitFor();
      expect(await notFound.locator('[data-test-id="not-found-list"]').getAttribute('href')).toBe(list);
      expect(await notFound.locator('[data-test-id="not-found-home"]').getAttribute('href')).toBe('/');
      expect(await s.page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
      if (title) expect((await s.page.locator('[data-test-id="page-title"]').innerText()).trim()).toBe(title);
    }
    await shot(s.page, '9-domain-not-found');
    await s.page.locator('[data-test-id="not-found-list"]').click();
    await s.page.locator('[data-test-id="page-domains"]').waitFor();
  });
});
