import { beforeAll, describe, expect, it } from 'vitest';
import { ImpersonatePage, ImpersonationBanner } from '../pages/impersonation.page';
import type { Layout } from '../pages/layout.page';
import { LoginPage, signIn } from '../pages/login.page';
import { ResellerPage, ResellersPage } from '../pages/resellers.page';
import { CompanySettings } from '../pages/settings.page';
import { UsersPage } from '../pages/users.page';
import { createEndUser, createReseller, setupMasterAdmin, type MasterAdmin, type SeededUser } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { panelAt, resellerHost } from '../support/hosts';
import { skipReason } from '../support/prerequisites';
import { textOf, tid } from '../support/tid';

/**
 * The master admin runs a reseller from its page: company details, "Log in as" its admin on the
 * reseller's own panel host (and back), suspending it (its login page says so) and resuming it,
 * and deleting a reseller without accounts.
 */
describe.skipIf(skipReason)('the master admin runs a reseller', () => {
  const e2e = useE2E();
  let master: MasterAdmin;
  let s: Session;
  let layout: Layout;
  let resellerId: string;
  let customer: SeededUser;
  const reseller = {
    name: 'Cloud Nine Hosting',
    cpHost: resellerHost('cp1'),
    adminLogin: 'nine-admin',
    adminEmail: 'admin@cloudnine.example',
    adminPassword: 'nine-secret-1',
  };
  /** The master's own panel (the spec server as started) and the reseller's, on its own host. */
  let ownOrigin: string;
  let resellerUrl: string;

  beforeAll(async () => {
    master = await setupMasterAdmin(e2e.url);
    ownOrigin = new URL(e2e.url).origin;
    resellerUrl = panelAt(e2e.url, reseller.cpHost);
    s = await e2e.newSession();
    layout = await signIn(s.page, master);
  });

  const resellerPage = () => new ResellerPage(s.page);

  it('creates a reseller on its own host and opens its page from the list', async () => {
    await layout.navigate('resellers');
    const list = new ResellersPage(s.page);
    await list.create(reseller);
    expect(await list.row(reseller.name).locator(tid('reseller-status')).getAttribute('data-status')).toBe('ACTIVE');

    const page = await list.open(reseller.name);
    resellerId = page.resellerId();
    expect(await page.titleText()).toBe(reseller.name);
    expect(await textOf(page.host)).toBe(reseller.cpHost);
    expect(await page.statusValue()).toBe('ACTIVE');
    expect(await page.adminLogins()).toEqual([reseller.adminLogin]);

    customer = await createEndUser(master.client, { login: 'nine-customer', resellerId });
  });

  it('edits the company details: a bad e-mail address is named under its field', async () => {
    const page = resellerPage();
    await page.edit({
      legalName: 'Cloud Nine Hosting GmbH',
      address: 'Wolkenweg 9\n10115 Berlin',
      taxId: 'DE123456789',
      supportEmail: 'not-an-address',
      supportPhone: '+49 30 1234567',
    });
    await page.fieldError('supportEmail').waitFor();
    expect(await textOf(page.fieldError('supportEmail'))).toMatch(/e-mail/i);
    expect(await page.notice.count()).toBe(0);

    await page.edit({ supportEmail: 'help@cloudnine.example' });
    await page.notice.waitFor();
    expect(await page.fieldError('supportEmail').count()).toBe(0);

    const saved = await master.client.request<{ reseller: Record<string, string | null> }>(
      `query ($id: ID!) { reseller(id: $id) { legalName address taxId supportEmail supportPhone } }`,
      { id: resellerId },
    );
    expect(saved.reseller).toEqual({
      legalName: 'Cloud Nine Hosting GmbH',
      address: 'Wolkenweg 9\n10115 Berlin',
      taxId: 'DE123456789',
      supportEmail: 'help@cloudnine.example',
      supportPhone: '+49 30 1234567',
    });
    await e2e.screenshot(s.page, 'resellers-page');
  });

  it('logs in as the reseller admin on the reseller host, with the banner, and returns to the master panel', async () => {
    await resellerPage().logInAsButton(reseller.adminLogin).click();
    await s.page.waitForURL((url) => url.host === new URL(resellerUrl).host && url.pathname === '/');
    const banner = new ImpersonationBanner(s.page);
    expect(await banner.who()).toEqual({ login: reseller.adminLogin, impersonator: master.login });
    expect(await banner.text()).toContain(`Signed in as ${reseller.adminLogin} by ${master.login}`);
    expect(await textOf(layout.viewerLogin)).toBe(reseller.adminLogin);
    expect(await textOf(layout.companyName)).toBe(reseller.name);
    // The one-time token left the address bar.
    expect(new URL(s.page.url()).hash).toBe('');
    await layout.pageRoot('home').waitFor();
    await e2e.screenshot(s.page, 'resellers-banner');

    // The user's password is not the admin's to change.
    await layout.navigate('password');
    await s.page.locator(tid('password-impersonated')).waitFor();
    expect(await s.page.locator(tid('pw-submit')).count()).toBe(0);

    const back = await banner.returnToOwnPanel(ownOrigin);
    expect(await textOf(back.viewerLogin)).toBe(master.login);
    expect(await banner.root.count()).toBe(0);
  });

  it('logs in as an end user from the users list; logging out there returns to the master panel', async () => {
    await layout.navigate('users');
    const users = new UsersPage(s.page);
    await users.logInAsButton(customer.login).waitFor();
    // The master admin may sign in as anyone but itself.
    expect(await users.logInAsButton(master.login).count()).toBe(0);
    await e2e.screenshot(s.page, 'resellers-users-list');
    await users.logInAsButton(customer.login).click();
    await s.page.waitForURL((url) => url.host === new URL(resellerUrl).host);
    const banner = new ImpersonationBanner(s.page);
    expect(await banner.who()).toEqual({ login: customer.login, impersonator: master.login });

    await layout.logoutButton.click();
    await s.page.waitForURL((url) => url.origin === ownOrigin);
    await layout.viewerLogin.waitFor();
    expect(await textOf(layout.viewerLogin)).toBe(master.login);
  });

  it('a used or forged link says so on the reseller panel, with the way to sign in', async () => {
    const visitor = await e2e.newSession();
    await visitor.page.goto(new URL(`impersonate#${'x'.repeat(43)}`, resellerUrl).href);
    const landing = new ImpersonatePage(visitor.page);
    await landing.error.waitFor();
    expect(await textOf(landing.error)).toMatch(/used, expired or not for this panel/);
    expect(new URL(visitor.page.url()).hash).toBe('');
    await landing.loginLink.click();
    await new LoginPage(visitor.page).root.waitFor();
    await visitor.context.close();
  });

  it('suspends the reseller: its login and signup pages say so; resuming brings the form back', async () => {
    const page = resellerPage();
    await page.open(resellerId);
    await page.suspend('Unpaid invoices');
    expect(await textOf(page.suspension)).toContain('Unpaid invoices');
    expect(await page.logInAsButton(reseller.adminLogin).isDisabled()).toBe(true);
    await e2e.screenshot(s.page, 'resellers-suspended-reseller');

    const visitor = await e2e.newSession();
    const login = new LoginPage(visitor.page);
    await login.open(resellerUrl);
    await login.suspendedNotice.waitFor();
    expect(await textOf(login.suspendedNotice)).toBe(
      `The service of ${reseller.name} is suspended. Please contact your provider.`,
    );
    expect(await login.login.count()).toBe(0);
    await e2e.screenshot(visitor.page, 'resellers-suspended-login');
    await visitor.page.goto(new URL('signup', resellerUrl).href);
    await login.suspendedNotice.waitFor();
    expect(await visitor.page.locator(tid('signup-submit')).count()).toBe(0);

    await page.resume();
    expect(await page.suspension.count()).toBe(0);
    await login.open(resellerUrl);
    await login.login.waitFor();
    expect(await login.suspendedNotice.count()).toBe(0);
    // Nothing of the product's name on a reseller's panel: no credit under the form, not in the title.
    expect(await visitor.page.locator(tid('product-credit')).count()).toBe(0);
    expect(await visitor.page.title()).toBe(`Sign in · ${reseller.name}`);
    expect(await visitor.page.locator('body').innerText()).not.toContain('Heliosphere');
    const resellerLayout = await login.signIn({ login: reseller.adminLogin, password: reseller.adminPassword });
    expect(await textOf(resellerLayout.companyName)).toBe(reseller.name);
    expect(await visitor.page.locator('body').innerText()).not.toContain('Heliosphere');
    await visitor.context.close();
  });

  it('the reseller admin finds the details in its company settings, and changes them there', async () => {
    const own = await e2e.newSession();
    const login = new LoginPage(own.page);
    await login.open(resellerUrl);
    const resellerLayout = await login.signIn({ login: reseller.adminLogin, password: reseller.adminPassword });
    await resellerLayout.navigate('settings');
    const settings = new CompanySettings(own.page);
    await settings.legalName.waitFor();
    expect(await settings.legalName.inputValue()).toBe('Cloud Nine Hosting GmbH');
    expect(await settings.address.inputValue()).toBe('Wolkenweg 9\n10115 Berlin');

    await settings.save({ supportPhone: 'call us' });
    await settings.fieldError('supportPhone').waitFor();
    await settings.save({ supportPhone: '+49 30 7654321', taxId: '' });
    await settings.notice.waitFor();
    await e2e.screenshot(own.page, 'resellers-company-settings');
    const saved = await master.client.request<{ reseller: Record<string, string | null> }>(
      `query ($id: ID!) { reseller(id: $id) { taxId supportPhone } }`,
      { id: resellerId },
    );
    expect(saved.reseller).toEqual({ taxId: null, supportPhone: '+49 30 7654321' });
    await own.context.close();
  });

  it('refuses to delete a reseller with accounts, and deletes an empty one', async () => {
    const page = resellerPage();
    await page.delete();
    await page.formError.waitFor();
    expect(await textOf(page.formError)).toContain(`${reseller.name} still has 1 account(s)`);
    expect(await page.root.isVisible()).toBe(true);

    const empty = await createReseller(master.client, {
      name: 'Empty Reseller',
      cpHost: resellerHost('cp2'),
      adminLogin: 'empty-admin',
    });
    await page.open(empty.id);
    await page.delete();
    const list = new ResellersPage(s.page);
    await list.root.waitFor();
    expect(await textOf(list.notice)).toBe('Reseller “Empty Reseller” was deleted.');
    await list.row(reseller.name).waitFor();
    expect(await list.row(empty.name).count()).toBe(0);
  });

  it('every admin list links its rows: the reseller, its customer’s login, company and account open their pages', async () => {
    const accountId = customer.accounts[0]!.id;
    const link = (selector: string) => s.page.locator(selector).first();
    await s.page.goto('/admin/resellers');
    expect(
      await link(`${tid('reseller-row')}[data-reseller-id="${resellerId}"] ${tid('reseller-link')}`).getAttribute(
        'href',
      ),
    ).toBe(`/admin/resellers/${resellerId}`);
    await s.page.goto('/admin/users');
    expect(
      await link(`${tid('user-row')}[data-login="${customer.login}"] ${tid('user-link')}`).getAttribute('href'),
    ).toBe(`/admin/users/${customer.id}`);
    // Its company too, there and on the user's page; the master's own company is plain text.
    const company = link(`${tid('user-row')}[data-login="${customer.login}"] ${tid('company-link')}`);
    expect(await company.getAttribute('href')).toBe(`/admin/resellers/${resellerId}`);
    const own = s.page.locator(`${tid('user-row')}[data-login="${master.login}"]`).first();
    await own.waitFor();
    expect(await own.locator(tid('company-link')).count()).toBe(0);
    await s.page.goto(`/admin/users/${customer.id}`);
    await s.page.locator(tid('company-link')).click();
    await s.page.locator(tid('page-reseller')).waitFor();
    expect(new URL(s.page.url()).pathname).toBe(`/admin/resellers/${resellerId}`);
    await s.page.goto('/admin/accounts');
    const accountLink = link(`${tid('account-row')}[data-account-id="${accountId}"] ${tid('account-link')}`);
    await accountLink.waitFor();
    expect(await accountLink.innerText()).toBe(customer.accounts[0]!.name);
    await accountLink.click();
    await s.page.locator(tid('page-account-billing')).waitFor();
    expect(new URL(s.page.url()).pathname).toBe(`/admin/accounts/${accountId}/billing`);
  });
});
