import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountBillingPage, AdminLedgerPage, BillingPage } from '../pages/billing.page';
import { signIn } from '../pages/login.page';
import { createEndUser, setupMasterAdmin, type MasterAdmin, type SeededUser } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { textOf } from '../support/tid';

/** The company's billing currency: the default of a fresh install. */
const CURRENCY = 'USD';

describe.skipIf(skipReason)('billing: an admin books money on an account, its owner sees balance and ledger', () => {
  const e2e = useE2E();
  let admin: MasterAdmin;
  let customer: SeededUser;
  let s: Session;
  let billing: AccountBillingPage;

  /** The balance and the ledger as the API has them, checked as the admin. */
  async function apiBilling(accountId: string): Promise<{ amount: string; total: number }> {
    const r = await admin.client.request<{
      accountBalance: { balance: { amount: string } };
      ledgerEntries: { totalCount: number };
    }>(
      `query ($a: ID) { accountBalance(accountId: $a) { balance { amount } } ledgerEntries(accountId: $a) { totalCount } }`,
      { a: accountId },
    );
    return { amount: r.accountBalance.balance.amount, total: r.ledgerEntries.totalCount };
  }

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    customer = await createEndUser(admin.client, { login: 'payer', accountName: 'Paying customer' });
    s = await e2e.newSession();
    await signIn(s.page, admin);
    billing = new AccountBillingPage(s.page);
  });

  afterAll(() => s?.context.close());

  it('opens the account’s billing page from Accounts: settled, no entries', async () => {
    await billing.openFromAccounts(customer.accounts[0].id);
    expect(await billing.balance()).toMatchObject({
      amount: '0.00',
      currency: CURRENCY,
      standing: 'SETTLED',
      text: 'Settled',
    });
    expect(await billing.entries()).toEqual([]);
  });

  it('records a payment: the balance shows 25.00 and the ledger the entry', async () => {
    const answer = await billing.act('PAYMENT', { amount: '25.00', reason: 'Bank transfer', reference: 'TX-1001' });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    await billing.notice.waitFor();
    await expect
      .poll(() => billing.balance())
      .toMatchObject({ amount: '25.00', currency: CURRENCY, standing: 'CREDIT', text: 'The customer has credit' });
    await expect.poll(async () => (await billing.entries()).length).toBe(1);
    expect((await billing.entries())[0]).toEqual({
      kind: 'PAYMENT',
      amount: '25.00',
      currency: CURRENCY,
      description: 'Bank transfer',
      reference: 'TX-1001',
      shownAmount: `+25.00 ${CURRENCY}`,
      negative: false,
    });
    expect(await apiBilling(customer.accounts[0].id)).toEqual({ amount: '25.00', total: 1 });
    // The form is cleared for the next action.
    expect(await s.page.locator('[data-test-id="money-amount"]').inputValue()).toBe('');
  });

  it('shows the API’s reason under the amount for "-5", and books nothing', async () => {
    const answer = await billing.act('PAYMENT', { amount: '-5', reason: 'Wrong sign' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await billing.fieldError('amount').waitFor();
    expect((await billing.fieldError('amount').innerText()).trim()).not.toBe('');
    await expect.poll(() => billing.pageError.count()).toBe(0);
    expect(await apiBilling(customer.accounts[0].id)).toEqual({ amount: '25.00', total: 1 });
    expect((await billing.balance()).amount).toBe('25.00');
  });

  it('refuses a refund above the credit with the conflict as the page’s error', async () => {
    const answer = await billing.act('REFUND', { amount: '30', reason: 'Customer asked for it back' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await billing.pageError.waitFor();
    expect(await billing.pageError.innerText()).toContain(answer.errors?.[0]?.message ?? '(no message)');
    expect(await billing.fieldError('amount').count()).toBe(0);
    expect(await apiBilling(customer.accounts[0].id)).toEqual({ amount: '25.00', total: 1 });
  });

  it('gives a credit of 0.50: the balance is 25.50, the credit listed first', async () => {
    const answer = await billing.act('CREDIT', { amount: '0.50', reason: 'Goodwill for the outage' });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    await expect.poll(() => billing.balance().then((b) => b.amount)).toBe('25.50');
    // A success clears the conflict shown before.
    await expect.poll(() => billing.pageError.count()).toBe(0);
    const entries = await billing.entries();
    expect(entries.map((e) => [e.kind, e.amount, e.description])).toEqual([
      ['CREDIT', '0.50', 'Goodwill for the outage'],
      ['PAYMENT', '25.00', 'Bank transfer'],
    ]);
    expect(entries[0]!.reference).toBe('—');
    await e2e.screenshot(s.page, 'billing-admin');
  });

  it('links each account on the user’s detail page to its billing page', async () => {
    await s.page.goto(`/admin/users/${customer.id}`);
    const row = s.page.locator(
      `[data-test-id="user-accounts"] [data-test-id="account-row"][data-account-id="${customer.accounts[0].id}"]`,
    );
    await row.locator('[data-test-id="account-billing"]').click();
    await billing.root.waitFor();
    expect(new URL(s.page.url()).pathname).toBe(`/admin/accounts/${customer.accounts[0].id}/billing`);
    expect((await billing.balance()).amount).toBe('25.50');
  });

  it('the end user opens Billing in the navigation: 25.50 in credit, both entries', async () => {
    const u = await e2e.newSession();
    try {
      await signIn(u.page, customer);
      const own = new BillingPage(u.page);
      await own.open();
      expect(await own.balance()).toEqual({
        amount: '25.50',
        currency: CURRENCY,
        standing: 'CREDIT',
        text: 'You have credit',
      });
      const entries = await own.entries();
      expect(entries.map((e) => [e.kind, e.amount, e.description, e.shownAmount])).toEqual([
        ['CREDIT', '0.50', 'Goodwill for the outage', `+0.50 ${CURRENCY}`],
        ['PAYMENT', '25.00', 'Bank transfer', `+25.00 ${CURRENCY}`],
      ]);
      // Customers see no money actions.
      expect(await u.page.locator('[data-test-id="money-action-form"]').count()).toBe(0);
      await e2e.screenshot(u.page, 'billing-user');
    } finally {
      await u.context.close();
    }
  });

  it('pages a long ledger with "Load more", and shows a refund in red', async () => {
    const other = await createEndUser(admin.client, { login: 'regular', accountName: 'Many entries' });
    const accountId = other.accounts[0].id;
    for (let i = 1; i <= 27; i += 1) {
      await admin.client.request(`mutation ($input: MoneyActionInput!) { addCredit(input: $input) { id } }`, {
        input: { accountId, amount: '1.00', reason: `Credit ${i}` },
      });
    }
    await admin.client.request(`mutation ($input: MoneyActionInput!) { refundPayment(input: $input) { id } }`, {
      input: { accountId, amount: '2.00', reason: 'Paid back' },
    });
    await billing.openFromAccounts(accountId);
    expect((await billing.balance()).amount).toBe('25.00');
    let entries = await billing.entries();
    expect(entries).toHaveLength(25);
    expect(entries[0]).toMatchObject({
      kind: 'REFUND',
      amount: '-2.00',
      shownAmount: `-2.00 ${CURRENCY}`,
      negative: true,
    });
    expect(entries[1]!.description).toBe('Credit 27');

    await billing.loadMore.click();
    await expect.poll(async () => (await billing.entries()).length).toBe(28);
    entries = await billing.entries();
    expect(entries.at(-1)!.description).toBe('Credit 1');
    expect(new Set(entries.map((e) => e.description)).size).toBe(28);
    expect(await billing.loadMore.count()).toBe(0);
  });

  it('the company’s ledger lists every account’s entries; a bank transfer is found by its reference and leads to its account', async () => {
    const ledger = new AdminLedgerPage(s.page);
    await ledger.open();
    const { ledgerEntries } = await admin.client.request<{ ledgerEntries: { totalCount: number } }>(
      `query { ledgerEntries(first: 1) { totalCount } }`,
    );
    expect(ledgerEntries.totalCount).toBe(30);
    expect(await textOf(s.page.locator('[data-test-id="ledger-count"]'))).toContain('30');
    const entries = await ledger.entries();
    expect(entries).toHaveLength(25);
    expect(entries[0]).toMatchObject({ kind: 'REFUND', amount: '-2.00', description: 'Paid back', negative: true });
    await e2e.screenshot(s.page, 'admin-ledger-1366');
    await s.page.setViewportSize({ width: 390, height: 844 });
    await e2e.screenshot(s.page, 'admin-ledger-390');
    await s.page.setViewportSize({ width: 1280, height: 800 });

    // The bank transfer, by its reference typed in lower case: one row, linked to its account's billing.
    const accountId = customer.accounts[0].id;
    await ledger.searchFor('tx-1001');
    await expect
      .poll(async () => (await ledger.entries()).map((e) => [e.kind, e.amount, e.reference]))
      .toEqual([['PAYMENT', '25.00', 'TX-1001']]);
    expect(await ledger.accountLinks()).toEqual([{ accountId, href: `/admin/accounts/${accountId}/billing` }]);
    await s.page.locator('[data-test-id="ledger-account"]').click();
    await billing.root.waitFor();
    expect((await billing.balance()).amount).toBe('25.50');

    // Back to the list as it was left; then only refunds, of any account.
    await s.page.goBack();
    await expect.poll(async () => (await ledger.entries()).map((e) => e.reference)).toEqual(['TX-1001']);
    await ledger.searchFor('');
    await ledger.kindFilter.selectOption('REFUND');
    await expect
      .poll(async () => (await ledger.entries()).map((e) => [e.kind, e.description]))
      .toEqual([['REFUND', 'Paid back']]);
    expect(new URL(s.page.url()).searchParams.get('kind')).toBe('REFUND');
    // The download holds what the list shows, with the same filter: the header and the one refund.
    const csv = await ledger.exportCsv();
    expect(csv.name).toMatch(/^ledger-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,date,account,kind,description,reference,amount,currency');
    expect(lines.slice(1).map((l) => l.split(',').slice(3))).toEqual([['REFUND', 'Paid back', '', '-2.00', 'USD']]);
    await ledger.notice.waitFor();
    // The end user has no such page: the link is not in the navigation, and the address is refused.
    const u = await e2e.newSession();
    try {
      await signIn(u.page, customer);
      await u.page.goto('/admin/ledger');
      await u.page.locator('[data-test-id="page-forbidden"]').waitFor();
      expect(await u.page.locator('[data-test-id="ledger-row"]').count()).toBe(0);
    } finally {
      await u.context.close();
    }
  });
});
