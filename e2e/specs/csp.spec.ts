import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvoicePage } from '../pages/invoice.page';
import type { NavTarget } from '../pages/layout.page';
import { LoginPage, signIn } from '../pages/login.page';
import { PaymentPanel, SandboxCheckout } from '../pages/payment.page';
import {
  createEndUser,
  createMonthlyPlan,
  invoicesOf,
  setupMasterAdmin,
  type MasterAdmin,
  type SeededUser,
} from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';

/**
 * The panel works under its strict Content-Security-Policy: no inline script or style, nothing
 * third-party. Chromium reports each blocked resource; the harness fails any test that caused one,
 * and this spec walks the pages a customer and an admin use, the printable invoice (a srcdoc frame)
 * and the sandbox checkout on the way.
 */
describe.skipIf(skipReason)('the panel under its Content-Security-Policy', () => {
  const e2e = useE2E({ env: { PAYMENT_SANDBOX: 'true' } });
  let admin: MasterAdmin;
  let customer: SeededUser;
  const sessions: Session[] = [];

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    const planId = await createMonthlyPlan(admin.client, 'Basic', '9.00');
    customer = await createEndUser(admin.client, {
      login: 'csp-customer',
      accountName: 'Strict shop',
      plan: { planId, periodMonths: 1 },
    });
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
  });

  const session = async (): Promise<Session> => {
    const s = await e2e.newSession();
    sessions.push(s);
    return s;
  };

  it('a violation is noticed (the check itself works)', async () => {
    const { page } = await session();
    const response = await page.goto('/login');
    await new LoginPage(page).root.waitFor();
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    // A style attribute parsed from markup is what 'unsafe-inline' would be needed for.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div style="color: red">inline</div>'));
    await expect.poll(() => e2e.takeCspViolations().join('\n')).toMatch(/style-src/);
  });

  it('a customer signs in, walks the panel, prints an invoice and pays on the sandbox checkout without a violation', async () => {
    const { page } = await session();
    const layout = await signIn(page, customer);
    for (const target of [
      'domains',
      'databases',
      'billing',
      'plan',
      'invoices',
      'account',
      'password',
      'preferences',
      'home',
    ] satisfies NavTarget[]) {
      await layout.navigate(target);
    }
    const [invoice] = await invoicesOf(admin.client, customer.accounts[0]!.id);
    const invoicePage = new InvoicePage(page);
    await invoicePage.open(invoice!.id);
    expect(await invoicePage.print()).toContain(`Invoice ${invoice!.number}`);
    // The frame's stylesheet applied: its table is laid out at full width, not as an unstyled table.
    const frame = page.frameLocator('[data-test-id="invoice-print-frame"]');
    expect(await frame.locator('table').evaluate((t) => getComputedStyle(t).borderCollapse)).toBe('collapse');

    await new PaymentPanel(page).payOnGatewayPage('Sandbox (test mode)');
    const checkout = new SandboxCheckout(page);
    await checkout.waitFor();
    // Its stylesheet applied too (allowed by hash): the test-mode banner is amber.
    expect(await checkout.testModeBanner.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(
      'rgb(254, 243, 199)',
    );
    await checkout.pay();
    expect(new URL(page.url()).pathname).toBe(`/invoices/${invoice!.id}`);
    await expect.poll(async () => (await invoicePage.header()).state).toBe('PAID');
    expect(e2e.takeCspViolations()).toEqual([]);
  });

  it('the master admin walks the admin and cluster pages without a violation', async () => {
    const { page } = await session();
    const layout = await signIn(page, admin);
    const targets: NavTarget[] = [
      'users',
      'staff',
      'accounts',
      'plans',
      'moderation',
      'admin-invoices',
      'admin-certificates',
      'resellers',
      'settings',
      'physical-servers',
      'logical-servers',
      'server-groups',
      'ip-addresses',
      'tasks',
      'home',
    ];
    for (const target of targets) await layout.navigate(target);
    expect(e2e.takeCspViolations()).toEqual([]);
  });
});
