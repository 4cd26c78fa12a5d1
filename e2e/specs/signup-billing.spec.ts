import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountBillingPage, BillingPage } from '../pages/billing.page';
import { InvoicePage } from '../pages/invoice.page';
import { Layout } from '../pages/layout.page';
import { signIn } from '../pages/login.page';
import { ModerationPage } from '../pages/moderation.page';
import { MyPlanPage } from '../pages/my-plan.page';
import { PlansPage } from '../pages/plans.page';
import { SignupPage } from '../pages/signup.page';
import { setupMasterAdmin, type MasterAdmin } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { tid } from '../support/tid';

const PLAN = 'Starter';
const CUSTOMER = { login: 'newcomer', email: 'newcomer@example.test', password: 'a long enough password' };

/**
 * BIL-1..4 end to end: the admin makes a moderated plan in the editor; a visitor signs up on the
 * public page; the account waits in moderation until the admin approves it; the customer sees the
 * first invoice; the admin records the payment; the balance is zero and the invoice paid.
 */
describe.skipIf(skipReason)('signup → moderation → approval → first invoice → payment', () => {
  const e2e = useE2E();
  let admin: MasterAdmin;
  let adminSession: Session;
  let visitor: Session;
  let planId = '';
  let accountId = '';
  let invoiceId = '';

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    adminSession = await e2e.newSession();
    await signIn(adminSession.page, admin);
    visitor = await e2e.newSession();
  });

  afterAll(async () => {
    await adminSession?.context.close();
    await visitor?.context.close();
  });

  it('the admin creates a moderated plan open for signup: 10.00 setup, 5.00 a month, 12 months at 10 % off', async () => {
    const plans = new PlansPage(adminSession.page);
    await plans.open();
    const editor = await plans.startNew();
    await editor.fill({
      name: PLAN,
      description: 'A small site',
      signupEnabled: true,
      moderated: true,
      setupFee: '10.00',
      recurringFee: '5.00',
      periods: [{ months: 1 }, { months: 12, discountPercent: '10' }],
      resources: { DOMAIN: { maxUnits: '2', freeUnits: '0' }, MYSQL_DATABASE: { maxUnits: '1' } },
    });
    const answer = await editor.save();
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    planId = Object.values(answer.data!)[0]!.id;
    await plans.root.waitFor();
    await expect
      .poll(async () => (await plans.plans()).find((p) => p.name === PLAN))
      .toMatchObject({
        signupEnabled: true,
        moderated: true,
        // 5.00 a month; 12 months = 60.00 less 10 % = 54.00.
        periods: [
          { months: 1, amount: '5.00' },
          { months: 12, amount: '54.00' },
        ],
      });
  });

  it('a visitor signs up from the login page; the new account waits for approval', async () => {
    await visitor.page.goto('/login');
    const signup = new SignupPage(visitor.page);
    await signup.openFromLogin();
    await signup.page
      .locator(`${tid('signup-plan')}, ${tid('signup-no-plans')}`)
      .first()
      .waitFor();
    const offered = await signup.offered();
    expect(offered.map((p) => p.name)).toEqual([PLAN]);
    expect(offered[0]!.periods).toEqual([
      { months: 1, amount: '5.00', discountPercent: '' },
      { months: 12, amount: '54.00', discountPercent: '10' },
    ]);
    // The only plan is chosen already, with its shortest period; the setup fee shows before committing.
    expect(await signup.chosen()).toEqual({ planId, months: 1 });
    expect(await signup.plan(planId).locator(tid('signup-period-setup')).first().getAttribute('data-amount')).toBe(
      '10.00',
    );
    expect(await signup.summary()).toEqual({ setup: '10.00', firstInvoice: '15.00', currency: 'USD' });
    await signup.choose(planId, 12);
    await expect.poll(() => signup.summary()).toEqual({ setup: '10.00', firstInvoice: '64.00', currency: 'USD' });
    await signup.choose(planId, 1);
    await expect.poll(() => signup.summary()).toMatchObject({ firstInvoice: '15.00' });
    // The country is chosen from a list of names; the API gets the ISO code.
    const country = visitor.page.locator(tid('signup-profile-country'));
    expect(await country.locator('option[value="GB"]').innerText()).toBe('United Kingdom');
    expect(await country.locator('option').count()).toBe(250);
    for (const width of [1366, 390]) {
      await visitor.page.setViewportSize({ width, height: 900 });
      await visitor.page.locator('#signup-step-plan').scrollIntoViewIfNeeded();
      await visitor.page.screenshot({ path: `/tmp/edges-signup-plan-${width}.png`, fullPage: true });
    }
    await visitor.page.setViewportSize({ width: 1280, height: 800 });
    await signup.fill({
      ...CUSTOMER,
      accountName: 'My shop',
      profile: {
        name: 'Nora Newcomer',
        address: '5 Harbour Road',
        city: 'Portsmouth',
        postalCode: 'PO1 2AB',
        country: 'GB',
        email: CUSTOMER.email,
      },
    });
    const answer = await signup.send();
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    expect(answer.data!.signup.status).toBe('MODERATION');
    accountId = answer.data!.signup.id;

    const myPlan = new MyPlanPage(visitor.page);
    await myPlan.root.waitFor();
    expect(await myPlan.statusNotice.getAttribute('data-status')).toBe('MODERATION');
    expect(await myPlan.summary()).toMatchObject({ planId, planName: PLAN, months: 1, status: 'MODERATION' });
  });

  it('the admin finds the signup in the moderation queue and approves it', async () => {
    const moderation = new ModerationPage(adminSession.page);
    await moderation.open();
    expect(await moderation.signups()).toEqual([
      { accountId, name: 'My shop', owner: CUSTOMER.login, email: CUSTOMER.email, plan: PLAN, periodMonths: 1 },
    ]);
    const answer = await moderation.approve(accountId);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    expect(answer.data!.approveAccount.status).toBe('ACTIVE');
    await moderation.empty.waitFor();
  });

  it('the customer sees the first invoice: setup fee and the first month, open', async () => {
    const layout = new Layout(visitor.page);
    await layout.navigate('invoices');
    const row = visitor.page.locator(tid('invoice-row'));
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getAttribute('data-number')).toBe('1');
    expect(await row.getAttribute('data-state')).toBe('OPEN');
    expect(await row.getAttribute('data-amount')).toBe('15.00');
    invoiceId = (await row.getAttribute('data-invoice-id'))!;

    await row.locator(tid('invoice-link')).click();
    const invoice = new InvoicePage(visitor.page);
    await invoice.waitForInvoice();
    expect(await invoice.header()).toMatchObject({ number: 1, state: 'OPEN', accountId });
    expect((await invoice.lines()).map((l) => [l.description, l.amount])).toEqual([
      [`Plan ${PLAN}, 1 month`, '5.00'],
      [`Setup: plan ${PLAN}`, '10.00'],
    ]);
    expect(await invoice.totals()).toEqual({ subtotal: '15.00', tax: '0.00', total: '15.00', currency: 'USD' });
    // The printable document is the same invoice.
    expect(await invoice.print()).toContain('Invoice 1');
  });

  it('the admin records the payment: the balance is zero and the invoice paid', async () => {
    const billing = new AccountBillingPage(adminSession.page);
    await billing.openFromAccounts(accountId);
    expect(await billing.balance()).toMatchObject({ amount: '-15.00', standing: 'OWES' });
    const answer = await billing.act('PAYMENT', { amount: '15.00', reason: 'Bank transfer', reference: 'TX-77' });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    await expect.poll(() => billing.balance()).toMatchObject({ amount: '0.00', standing: 'SETTLED' });
    await expect
      .poll(() =>
        adminSession.page.locator(`${tid('invoice-row')}[data-invoice-id="${invoiceId}"]`).getAttribute('data-state'),
      )
      .toBe('PAID');
  });

  it('the customer sees the balance settled and the invoice paid', async () => {
    const billing = new BillingPage(visitor.page);
    await billing.open();
    expect(await billing.balance()).toMatchObject({ amount: '0.00', standing: 'SETTLED' });
    expect((await billing.entries()).map((e) => [e.kind, e.amount])).toEqual([
      ['PAYMENT', '15.00'],
      ['CHARGE', '-15.00'],
    ]);
    const invoice = new InvoicePage(visitor.page);
    await invoice.open(invoiceId);
    expect((await invoice.header()).state).toBe('PAID');
  });

  it('with plans to compare nothing is chosen; sending without a choice names the plan step in words, never the API’s', async () => {
    const plans = new PlansPage(adminSession.page);
    await plans.open();
    const editor = await plans.startNew();
    await editor.fill({
      name: 'Business',
      description: 'A bigger site',
      signupEnabled: true,
      moderated: false,
      setupFee: '0',
      recurringFee: '9.99',
      periods: [{ months: 1 }],
      resources: { DOMAIN: { maxUnits: '5', freeUnits: '0' } },
    });
    expect((await editor.save()).errors).toBeUndefined();

    const late = await e2e.newSession();
    try {
      const signup = new SignupPage(late.page);
      await signup.open();
      await expect.poll(async () => (await signup.offered()).length).toBe(2);
      expect(await signup.chosen()).toEqual({ planId: '', months: 0 });
      expect(await late.page.locator(tid('signup-summary')).count()).toBe(0);
      const answer = await signup.send();
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      await signup.fieldError('planId').waitFor();
      expect((await signup.fieldError('planId').innerText()).trim()).toBe('Choose a plan and a billing period.');
      expect(await late.page.locator('body').innerText()).not.toContain('must be a plan ID');

      // A plan without a setup fee: the first invoice is the period's price.
      const business = (await signup.offered()).find((p) => p.name === 'Business')!;
      await signup.choose(business.id, 1);
      expect(await signup.summary()).toEqual({ setup: '', firstInvoice: '9.99', currency: 'USD' });
    } finally {
      await late.context.close();
    }
  });

  it('once the company charges tax, the summary shows it and the first invoice with it, as the invoice will', async () => {
    await admin.client.request(`mutation ($i: TaxRateInput!) { addTaxRate(input: $i) { id } }`, {
      i: { name: 'VAT', ratePercent: '20', validFrom: new Date(Date.now() - 86_400_000).toISOString() },
    });
    const taxed = await e2e.newSession();
    try {
      const signup = new SignupPage(taxed.page);
      await signup.open();
      await signup.choose(planId, 1);
      const summary = taxed.page.locator(tid('signup-summary'));
      // 5.00 + 10.00 setup = 15.00; 20 % VAT 3.00; 18.00 in all.
      await expect.poll(() => summary.getAttribute('data-tax')).toBe('3.00');
      expect(await signup.summary()).toEqual({ setup: '10.00', firstInvoice: '18.00', currency: 'USD' });
      expect(await summary.innerText()).toContain('VAT 20 %');
      await e2e.screenshot(taxed.page, 'signup-summary-with-tax');
    } finally {
      await taxed.context.close();
    }
  });
});
