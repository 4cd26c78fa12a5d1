import { beforeAll, describe, expect, it } from 'vitest';
import type { Layout } from '../pages/layout.page';
import { LoginPage, signIn } from '../pages/login.page';
import { PlansPage } from '../pages/plans.page';
import { quotasIn, ResellerPage, ResellerPlanCard } from '../pages/resellers.page';
import { createReseller, setupMasterAdmin, type MasterAdmin, type SeededReseller } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { panelAt, resellerHost } from '../support/hosts';
import { skipReason } from '../support/prerequisites';
import { textOf, tid } from '../support/tid';
import { gqlInPage as gqlIn } from '../support/page-gql';

/**
 * Reseller plans (issue 17): the master makes a reseller plan, gives it to a reseller (its
 * subscription is an account of the master's company) and sees its quotas; the reseller's admin
 * sees them on its home page, with its customers' use and its plans' promises.
 */
describe.skipIf(skipReason)('reseller plans and quotas', () => {
  const e2e = useE2E();
  let master: MasterAdmin;
  let s: Session;
  let layout: Layout;
  let reseller: SeededReseller;
  const planName = 'Reseller Start';

  beforeAll(async () => {
    master = await setupMasterAdmin(e2e.url);
    reseller = await createReseller(master.client, {
      name: 'Quota Hosting',
      cpHost: resellerHost('cpq'),
      adminLogin: 'quota-admin',
    });
    s = await e2e.newSession();
    layout = await signIn(s.page, master);
  });

  it('the master makes a reseller plan: ACCOUNT and the oversell allowance are offered only then', async () => {
    const plans = new PlansPage(s.page);
    await plans.open();
    const editor = await plans.startNew();
    expect(await editor.resource('ACCOUNT').count()).toBe(0);
    expect(await s.page.locator(tid('plan-oversell')).count()).toBe(0);
    await editor.fill({
      forResellers: true,
      oversellPercent: '20',
      name: planName,
      recurringFee: '49',
      periods: [{ months: 1 }, { months: 12 }],
      resources: {
        DOMAIN: { maxUnits: '5' },
        MYSQL_DATABASE: { maxUnits: '3' },
        ACCOUNT: { maxUnits: '10' },
        DISK_MB: { maxUnits: '2000' },
      },
    });
    // A reseller plan is never offered at signup: the choice goes away.
    expect(await s.page.locator(tid('plan-signup')).count()).toBe(0);
    const answer = await editor.save();
    expect(answer.errors).toBeUndefined();
    await plans.row(planName).waitFor();
  });

  it('gives it to a reseller on its page: the subscription account and the quota table show', async () => {
    const page = new ResellerPage(s.page);
    await page.open(reseller.id);
    const card = new ResellerPlanCard(s.page);
    await card.root.locator(tid('reseller-no-plan')).waitFor();
    await card.give(planName, 1, { login: 'quota-billing', email: 'billing@quota.example', password: 'quota-pay-1' });
    await card.subscription.waitFor();
    expect(await textOf(card.subscription)).toContain(`On ${planName}, billing period 1 month.`);
    expect(await card.subscriptionLink.getAttribute('href')).toMatch(/^\/admin\/accounts\/\d+\/billing$/);
    const quotas = await quotasIn(card.quotas);
    expect(quotas.find((q) => q.kind === 'DOMAIN')).toEqual({ kind: 'DOMAIN', limit: 5, used: 0, promised: 0 });
    expect(quotas.find((q) => q.kind === 'ACCOUNT')).toEqual({ kind: 'ACCOUNT', limit: 10, used: 0, promised: 0 });
    expect(quotas.find((q) => q.kind === 'WEB_SITE')).toMatchObject({ limit: 0 });
    // The login fields are asked for once: the reseller now pays through its subscription account.
    expect(await card.root.locator(tid('rp-login')).count()).toBe(0);
    await card.root.scrollIntoViewIfNeeded();
    await e2e.screenshot(s.page, 'reseller-quotas-master');

    // The subscription is an ordinary account: its billing page has its first invoice.
    await card.subscriptionLink.click();
    await s.page.locator(tid('page-account-billing')).waitFor();
    await s.page.locator(tid('invoice-row')).first().waitFor();
  });

  it('the reseller’s admin sees its quotas on its home page, with its customers’ use and its plans’ promises', async () => {
    const own = await e2e.newSession();
    const login = new LoginPage(own.page);
    await login.open(panelAt(e2e.url, reseller.cpHost));
    const resellerLayout = await login.signIn(reseller.admin);
    await resellerLayout.pageRoot('home').waitFor();

    // A plan of its own and a customer on it (through the API, as the admin's session).
    const { createPlan } = await gqlIn<{ createPlan: { id: string } }>(
      own.page,
      `mutation ($i: PlanInput!) { createPlan(input: $i) { id } }`,
      { i: { name: 'Small', periods: [{ months: 1 }], resources: [{ kind: 'DOMAIN', maxUnits: 2 }] } },
    );
    await gqlIn(own.page, `mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: {
        login: 'quota-customer',
        email: 'customer@quota.example',
        password: 'customer-secret-1',
        accountName: 'Shop',
        planId: createPlan.id,
        periodMonths: 1,
      },
    });
    await own.page.reload();
    const card = own.page.locator(tid('own-quotas'));
    await card.locator(`${tid('quota-row')}[data-kind="ACCOUNT"][data-used="1"]`).waitFor();
    const quotas = await quotasIn(card);
    expect(quotas.find((q) => q.kind === 'DOMAIN')).toEqual({ kind: 'DOMAIN', limit: 5, used: 0, promised: 2 });
    expect(quotas.find((q) => q.kind === 'ACCOUNT')).toEqual({ kind: 'ACCOUNT', limit: 10, used: 1, promised: 1 });
    expect(await textOf(card.locator(`${tid('quota-row')}[data-kind="DOMAIN"] ${tid('quota-promised')}`))).toBe(
      '2 (at most 6)',
    );
    await e2e.screenshot(own.page, 'reseller-quotas-own');
    await own.context.close();
    expect(layout).toBeTruthy();
  });
});
