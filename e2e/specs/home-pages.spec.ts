import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HomePage } from '../pages/home.page';
import { Layout } from '../pages/layout.page';
import { PreferencesPage } from '../pages/self.page';
import { signIn } from '../pages/login.page';
import { createEndUser, invoicesOf, setupMasterAdmin, type MasterAdmin, type SeededUser } from '../support/api';
import { seedDomainHosting } from '../support/cluster';
import { useE2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { tid } from '../support/tid';

const SERVICE_DOMAIN = 'helio-e2e.com';

/*
 * Issue "Everyday use": the home pages say what matters. A customer sees their open invoice and
 * balance, domains not active yet and why, and their latest changes; an admin sees counts that open
 * the lists they count. The server runs without its task worker, so a new domain stays pending
 * (QUEUED) as long as the spec needs; the admin cancels another domain's tasks, which ends them
 * (CANCELLED, with a finish time) and marks that domain failed.
 */
describe.skipIf(skipReason)('home pages that say what matters', () => {
  const e2e = useE2E({ env: { WORKER: 'false' } });
  let admin: MasterAdmin;
  let customer: SeededUser;
  let s: Session;
  let pendingId: string;
  let failedId: string;
  let invoiceNumber: number;

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    await seedDomainHosting(admin.client, { serviceDomain: SERVICE_DOMAIN });
    // A plan billed monthly, with room for domains and sites and some disk: what the usage bars show.
    const { createPlan } = await admin.client.request<{ createPlan: { id: string } }>(
      `mutation ($input: PlanInput!) { createPlan(input: $input) { id } }`,
      {
        input: {
          name: 'Starter',
          recurringFee: '9.90',
          periods: [{ months: 1 }],
          resources: [
            { kind: 'DOMAIN', maxUnits: 5 },
            { kind: 'WEB_SITE', maxUnits: 5 },
            { kind: 'DISK_MB', maxUnits: 1000 },
          ],
        },
      },
    );
    const planId = createPlan.id;
    customer = await createEndUser(admin.client, {
      login: 'homeowner',
      accountName: 'Home shop',
      plan: { planId, periodMonths: 1 },
    });
    const accountId = customer.accounts[0]!.id;
    await admin.client.request(`mutation ($i: UsageInput!) { recordUsage(input: $i) { id } }`, {
      i: { accountId, kind: 'DISK_MB', quantity: 250 },
    });
    const [invoice] = await invoicesOf(admin.client, accountId);
    expect(invoice).toMatchObject({ state: 'OPEN', total: '9.90' });
    invoiceNumber = invoice!.number;

    const add = async (name: string) =>
      (
        await admin.client.request<{ addDomain: { id: string } }>(
          `mutation ($i: AddDomainInput!) { addDomain(input: $i) { id } }`,
          { i: { accountId, kind: 'OWN', name } },
        )
      ).addDomain.id;
    pendingId = await add('pending-shop.com');
    failedId = await add('broken-shop.com');
    // The admin cancels the second domain's queued tasks: they end, and the domain is marked failed.
    const { tasks } = await admin.client.request<{ tasks: { nodes: { id: string; subject: string }[] } }>(
      `query ($a: ID) { tasks(accountId: $a, state: QUEUED, first: 100) { nodes { id subject } } }`,
      { a: accountId },
    );
    const broken = tasks.nodes.filter((t) => t.subject.includes('broken-shop.com'));
    expect(broken.length).toBeGreaterThan(0);
    for (const t of broken)
      await admin.client.request(`mutation ($id: ID!) { cancelTask(id: $id) { id } }`, { id: t.id });
    s = await e2e.newSession();
  });

  afterAll(() => s?.context.close());

  it('a customer’s home shows the open invoice and balance, the pending and failed domains, and the latest changes', async () => {
    await s.page.setViewportSize({ width: 1366, height: 900 });
    await signIn(s.page, customer);
    const home = new HomePage(s.page);
    await home.openInvoiceRows.first().waitFor();
    expect(await home.openInvoices.getAttribute('data-count')).toBe('1');
    expect(await home.openInvoiceRows.first().innerText()).toContain(String(invoiceNumber));
    expect(await home.balance.getAttribute('data-amount')).toBe('-9.90');

    const pending = home.pendingDomain(pendingId);
    await pending.waitFor();
    expect(await pending.getAttribute('data-reason')).toBe('settingUp');
    expect(await pending.locator(tid('home-pending-domain-ns')).innerText()).toContain(`ns1.${SERVICE_DOMAIN}`);
    expect(await home.pendingDomain(failedId).getAttribute('data-reason')).toBe('failed');
    // Failed first: it needs the customer most.
    expect(await home.pendingDomains.first().getAttribute('data-domain-id')).toBe(failedId);

    const states = await home.recentTasks.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
    expect(states.length).toBeGreaterThan(0);
    expect(states).toContain('CANCELLED'); // ended
    expect(states).toContain('QUEUED'); // still to run
    expect(await home.recentTasks.first().innerText()).not.toMatch(/box1|dns1|web1/); // no server names

    const disk = s.page.locator(`${tid('usage-bar')}[data-kind="DISK_MB"]`);
    expect(await disk.getAttribute('data-percent')).toBe('25'); // 250 MB of 1000
    expect(await s.page.locator(`${tid('usage-bar')}[data-kind="DOMAIN"]`).getAttribute('data-used')).toBe('2');

    await home.history.waitFor();
    expect(await home.historyTable.locator('tbody tr').count()).toBe(12);
    await s.page.locator(tid('usage-chart-diskMb')).locator('canvas').waitFor();
    await e2e.screenshot(s.page, 'home-customer-1366');
    await s.page.setViewportSize({ width: 390, height: 844 });
    await e2e.screenshot(s.page, 'home-customer-390');
    await s.page.setViewportSize({ width: 1366, height: 900 });

    // The balance leads to the invoices: the open one is listed there.
    await s.page.locator(tid('home-invoices-link')).click();
    await s.page.waitForURL(/\/invoices\?state=OPEN$/);
    await s.page.locator(tid('page-invoices')).waitFor();
    // Leave the panel before signing out: a page still loading would race the next sign-in's navigation.
    await s.page.goto('about:blank');
    await s.context.clearCookies();
  });

  it('an admin’s home counts lead to the filtered lists, each showing as many rows as its count', async () => {
    await s.page.setViewportSize({ width: 1366, height: 900 });
    await signIn(s.page, admin);
    const home = new HomePage(s.page);
    await home.count('overdueAccounts').waitFor();
    expect(await home.counts.count()).toBe(5); // the master sees every count
    await s.page.locator(tid('usage-chart-revenue')).locator('canvas').waitFor();
    await e2e.screenshot(s.page, 'home-admin-1366');
    await s.page.setViewportSize({ width: 390, height: 844 });
    await e2e.screenshot(s.page, 'home-admin-390');
    await s.page.setViewportSize({ width: 1366, height: 900 });

    const failed = await home.countValue('failedTasks');
    await home.count('failedTasks').click();
    await s.page.waitForURL(/\/admin\/tasks\?state=FAILED$/);
    await s.page.locator(tid('page-tasks')).waitFor();
    expect(await s.page.locator(tid('tasks-state')).inputValue()).toBe('FAILED');
    await s.page
      .locator(`${tid('tasks-table-empty')}, ${tid('task-row')}`)
      .first()
      .waitFor(); // loaded
    expect(await s.page.locator(tid('task-row')).count()).toBe(failed);

    await home.open();
    const overdue = await home.countValue('overdueAccounts');
    await home.count('overdueAccounts').click();
    await s.page.waitForURL(/\/admin\/accounts\?overdue=1$/);
    await s.page.locator(tid('page-accounts')).waitFor();
    expect(await s.page.locator(tid('accounts-overdue')).inputValue()).toBe('1');
    await s.page
      .locator(`${tid('accounts-table-empty')}, ${tid('account-row')}`)
      .first()
      .waitFor(); // loaded
    expect(await s.page.locator(tid('account-row')).count()).toBe(overdue);

    await home.open();
    await home.count('awaitingModeration').click();
    await s.page.waitForURL(/\/admin\/moderation$/);

    await home.open();
    const payments = await home.countValue('paymentsLast30Days');
    await home.count('paymentsLast30Days').click();
    await s.page.waitForURL(/\/admin\/payments\?state=SUCCEEDED&days=30$/);
    await s.page.locator(tid('page-admin-payments')).waitFor();
    expect(await s.page.locator(tid('payments-state')).inputValue()).toBe('SUCCEEDED');
    expect(await s.page.locator(tid('payments-period')).inputValue()).toBe('30');
    await s.page
      .locator(`${tid('payments-table-empty')}, ${tid('payment-row')}`)
      .first()
      .waitFor(); // loaded
    expect(await s.page.locator(tid('payment-row')).count()).toBe(payments);
    await e2e.screenshot(s.page, 'home-admin-payments');
  });

  it('the admin’s counts are the same and lead to the same lists in all six variants, in English and German, on a phone', async () => {
    const layout = new Layout(s.page);
    const home = new HomePage(s.page);
    await s.page.setViewportSize({ width: 1366, height: 900 });
    await home.open();
    await home.count('overdueAccounts').waitFor();
    const shown = () =>
      home.counts.evaluateAll((links) =>
        links.map((a) => [a.getAttribute('data-count'), a.getAttribute('data-value'), a.getAttribute('href')]),
      );
    const expected = await shown();
    expect(expected).toHaveLength(5);
    const variants = (['LEFT_MENU', 'NO_MENU', 'EXPRESSIA'] as const).flatMap((skin) =>
      [false, true].map((textOnly) => ({ skin, textOnly })),
    );
    await s.page.setViewportSize({ width: 390, height: 844 });
    try {
      let turn = 0;
      for (const v of variants) {
        for (const language of ['EN', 'DE'] as const) {
          const where = `${v.skin}${v.textOnly ? ' text-only' : ''} ${language}`;
          await layout.navigate('preferences');
          await new PreferencesPage(s.page).save({ ...v, language });
          await home.open();
          await home.count('overdueAccounts').waitFor();
          await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe(language.toLowerCase());
          expect(await shown(), where).toEqual(expected);
          // Each combination follows one count, in turn: it opens its list.
          const [key, , href] = expected[turn++ % expected.length]!;
          await home.count(key!).click();
          await s.page.waitForURL((url) => `${url.pathname}${url.search}` === href);
          await s.page.locator('main h1').first().waitFor();
        }
      }
    } finally {
      await layout.navigate('preferences');
      await new PreferencesPage(s.page).save({ skin: 'LEFT_MENU', textOnly: false, language: 'EN' });
      await s.page.setViewportSize({ width: 1366, height: 900 });
    }
  });
});
