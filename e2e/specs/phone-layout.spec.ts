import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainPage, DomainsPage } from '../pages/domains.page';
import { Layout, type Skin } from '../pages/layout.page';
import { LoginPage, signIn } from '../pages/login.page';
import { PreferencesPage } from '../pages/self.page';
import { createEndUser, setupMasterAdmin, signInApi, type SeededUser } from '../support/api';
import { seedDomainHosting } from '../support/cluster';
import { useE2E, type Session } from '../support/harness';
import { artifactsDir, skipReason } from '../support/prerequisites';
import { tid } from '../support/tid';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const DOMAIN = 'a-rather-long-domain-name-for-a-small-phone-screen-e2e.com';
/** A DKIM-sized TXT value: 600 characters, no spaces to wrap at. */
const LONG_TXT = `v=DKIM1;k=rsa;p=${'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'.repeat(14)}`.slice(0, 600);
const LONG_HOST = 'selector-with-a-long-name-2026._domainkey.mail';

/** The element that has the focus, by its test id (or tag name). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('data-test-id') ?? el?.tagName.toLowerCase() ?? '';
  });
}

/** Whether the whole element lies within the viewport's width. */
async function withinWidth(locator: Locator, width: number): Promise<boolean> {
  const box = await locator.boundingBox();
  expect(box, 'the element is laid out').not.toBeNull();
  return box!.x >= 0 && box!.x + box!.width <= width;
}

/** A screenshot of what the screen shows around `locator` (scrolled to it), for review; kept under e2e/artifacts/. */
async function screenAt(locator: Locator, name: string): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  await locator.page().screenshot({ path: path.join(artifactsDir, `${name.toLowerCase().replace(/_/g, '-')}.png`) });
}

/** The list's table fits its card: no column (the actions last) behind a sideways scroll. */
function fitsCard(table: Locator): Promise<boolean> {
  return table.evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth);
}

/** The page scrolls sideways: something is wider than the screen. */
function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

describe.skipIf(skipReason)('on a phone (390 px) and from the keyboard', () => {
  const e2e = useE2E();
  let customer: SeededUser;
  let adminLogin: { login: string; password: string };
  let s: Session;
  let layout: Layout;

  async function useSkin(skin: Skin): Promise<void> {
    await layout.navigate('preferences');
    const prefs = new PreferencesPage(s.page);
    if ((await layout.look()).skin !== skin) await prefs.save({ skin });
  }

  beforeAll(async () => {
    const admin = await setupMasterAdmin(e2e.url);
    adminLogin = { login: admin.login, password: admin.password };
    await seedDomainHosting(admin.client, { serviceDomain: 'helio-e2e.com' });
    customer = await createEndUser(admin.client, { login: 'phoneuser', accountName: 'Shop on the go' });
    const api = await signInApi(e2e.url, customer);
    const { addDomain } = await api.request<{ addDomain: { id: string } }>(
      `mutation ($i: AddDomainInput!) { addDomain(input: $i) { id } }`,
      { i: { kind: 'OWN', name: DOMAIN } },
    );
    for (const record of [
      { name: LONG_HOST, type: 'TXT', ttl: 3600, value: LONG_TXT },
      { name: 'www2', type: 'A', ttl: 3600, value: '192.0.2.20' },
    ])
      await api.request(`mutation ($d: ID!, $i: DnsRecordInput!) { addDnsRecord(domainId: $d, input: $i) { id } }`, {
        d: addDomain.id,
        i: record,
      });
    s = await e2e.newSession();
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await s.page.setViewportSize(PHONE);
    layout = await signIn(s.page, customer);
  });

  afterAll(() => s?.context.close());

  it('LEFT_MENU: the menu is a drawer opened from the header; Escape and a click beside it close it', async () => {
    await layout.waitForLook('LEFT_MENU', false);
    expect(await s.page.locator(tid('side-menu')).count(), 'no side menu on a phone').toBe(0);
    await expect.poll(() => layout.menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await layout.menuButton.getAttribute('aria-controls')).toBe(await layout.drawer.getAttribute('id'));

    await layout.openDrawer();
    expect(await layout.menuButton.getAttribute('aria-expanded')).toBe('true');
    expect(await s.page.evaluate(() => !!document.activeElement?.closest('[data-test-id="nav-drawer"]'))).toBe(true);
    expect(await withinWidth(layout.drawer.locator('nav'), PHONE.width)).toBe(true);
    await e2e.screenshot(s.page, 'phone-LEFT_MENU-drawer');

    await s.page.keyboard.press('Escape');
    await layout.drawer.waitFor({ state: 'hidden' });
    expect(await layout.menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await focused(s.page)).toBe('menu-button');

    await layout.openDrawer();
    // Beside the drawer (it is at most 85% of the screen wide): on the backdrop.
    await s.page.mouse.click(PHONE.width - 12, PHONE.height / 2);
    await layout.drawer.waitFor({ state: 'hidden' });
    expect(await focused(s.page)).toBe('menu-button');
  });

  it('closes the drawer on navigation and puts the focus on the new page’s heading', async () => {
    await layout.navigate('domains');
    await layout.drawer.waitFor({ state: 'hidden' });
    expect(await layout.menuButton.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => focused(s.page)).toBe('page-title');
  });

  it('the domains list stacks into cards: the long name is cut, the delete button on screen', async () => {
    const list = new DomainsPage(s.page);
    await list.row(DOMAIN).waitFor();
    expect(await withinWidth(list.row(DOMAIN).locator(tid('domain-delete')), PHONE.width)).toBe(true);
    expect(await list.row(DOMAIN).locator('[data-cut="true"]').count(), 'the name cut').toBe(1);
    expect(await scrollsSideways(s.page)).toBe(false);
    await e2e.screenshot(s.page, 'phone-LEFT_MENU-domains');
  });

  it('the DNS list keeps its actions on screen and cuts the 600-character TXT value, with Show all and Copy', async () => {
    const domain: DomainPage = await new DomainsPage(s.page).openDomain(DOMAIN);
    const row = domain.record('TXT', LONG_HOST);
    await row.waitFor();
    expect(await withinWidth(row.locator(tid('dns-record-edit')), PHONE.width)).toBe(true);
    expect(await withinWidth(row.locator(tid('dns-record-delete')), PHONE.width)).toBe(true);
    expect(await scrollsSideways(s.page)).toBe(false);

    const value = row.locator(tid('dns-record-data'));
    expect(await value.getAttribute('data-cut')).toBe('true');
    const cutHeight = (await value.boundingBox())!.height;
    expect(cutHeight, 'one line').toBeLessThan(30);
    expect((await row.boundingBox())!.height, 'the card stays short').toBeLessThan(420);
    // The whole value is in the page (shown as the zone writes it, in quotes), only cut by the style.
    expect((await domain.shownRecords()).find((r) => r.type === 'TXT')?.data).toContain(LONG_TXT);
    await e2e.screenshot(s.page, 'phone-LEFT_MENU-dns-records');
    await screenAt(row, 'phone-LEFT_MENU-dns-txt-row');

    const toggle = row.locator(`${tid('dns-record-data')} + * ${tid('long-text-toggle')}`);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect((await value.boundingBox())!.height, 'the whole value').toBeGreaterThan(cutHeight * 5);
    expect(await value.getAttribute('data-cut')).toBeNull();
    await row.locator(tid('long-text-copy')).click();
    await row.getByText('Copied').waitFor();
    expect(await s.page.evaluate(() => navigator.clipboard.readText())).toContain(LONG_TXT);
    await e2e.screenshot(s.page, 'phone-LEFT_MENU-dns-show-all');
    await screenAt(row, 'phone-LEFT_MENU-dns-txt-row-open');

    await toggle.click();
    await expect.poll(() => value.getAttribute('data-cut')).toBe('true');
  });

  it('the skip link is the first Tab stop, shows when focused, and moves focus to the main content', async () => {
    // A first load: the focus stays where the browser puts it, not on the heading.
    await s.page.reload();
    await layout.title.waitFor();
    expect(await focused(s.page)).not.toBe('page-title');
    await s.page.keyboard.press('Tab');
    expect(await focused(s.page)).toBe('skip-link');
    const box = await layout.skipLink.boundingBox();
    expect(box!.width).toBeGreaterThan(40);
    await s.page.keyboard.press('Enter');
    expect(await focused(s.page)).toBe('main');
    // The next Tab goes on from the content.
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });

  it('EXPRESSIA: the bar becomes the same drawer on a phone, and the bar again on a wide screen', async () => {
    await useSkin('EXPRESSIA');
    expect(await s.page.locator(tid('expressia-bar')).count()).toBe(0);
    await layout.navigate('domains');
    await expect.poll(() => focused(s.page)).toBe('page-title');
    await e2e.screenshot(s.page, 'phone-EXPRESSIA-domains');
    await layout.openDrawer();
    await e2e.screenshot(s.page, 'phone-EXPRESSIA-drawer');
    await s.page.keyboard.press('Escape');

    await s.page.setViewportSize(DESKTOP);
    await s.page.locator(tid('expressia-bar')).waitFor();
    expect(await layout.menuButton.count()).toBe(0);
    await new DomainsPage(s.page).openDomain(DOMAIN);
    await e2e.screenshot(s.page, 'desktop-EXPRESSIA-dns-records');
    await layout.navigate('domains');
    await e2e.screenshot(s.page, 'desktop-EXPRESSIA-domains');
  });

  it('LEFT_MENU on a wide screen: the side menu, no menu button; the DNS list is a table', async () => {
    await useSkin('LEFT_MENU');
    await s.page.locator(tid('side-menu')).waitFor();
    expect(await layout.menuButton.count()).toBe(0);
    await layout.navigate('domains');
    const domain = await new DomainsPage(s.page).openDomain(DOMAIN);
    const row = domain.record('TXT', LONG_HOST);
    await row.waitFor();
    expect(await row.evaluate((r) => getComputedStyle(r).display)).toBe('table-row');
    expect(await row.locator(tid('dns-record-data')).getAttribute('data-cut')).toBe('true');
    expect(await fitsCard(s.page.locator(tid('dns-records-table'))), 'the DNS table fits its card').toBe(true);
    await e2e.screenshot(s.page, 'desktop-LEFT_MENU-dns-records');
    await screenAt(row, 'desktop-LEFT_MENU-dns-txt-row');
    await layout.navigate('domains');
    expect(await fitsCard(s.page.locator(tid('domains-table'))), 'the domains table fits its card').toBe(true);
    await e2e.screenshot(s.page, 'desktop-LEFT_MENU-domains');
  });

  it('the drawer works the same in all four variants with a menu, in English and in German', async () => {
    await s.page.setViewportSize(PHONE);
    const variants = (['LEFT_MENU', 'EXPRESSIA'] as const).flatMap((skin) =>
      [false, true].map((textOnly) => ({ skin, textOnly })),
    );
    const words = {
      EN: { menu: 'Menu', close: 'Close menu', billing: 'Billing' },
      DE: { menu: 'Menü', close: 'Menü schließen', billing: 'Abrechnung' },
    } as const;
    try {
      for (const v of variants) {
        for (const language of ['EN', 'DE'] as const) {
          const where = `${v.skin}${v.textOnly ? ' text-only' : ''} ${language}`;
          await layout.navigate('preferences');
          await new PreferencesPage(s.page).save({ ...v, language });
          await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe(language.toLowerCase());
          await layout.openDrawer();
          expect(await layout.drawer.getAttribute('aria-label'), where).toBe(words[language].menu);
          expect((await layout.drawer.locator(tid('nav-drawer-close')).innerText()).trim(), where).toBe(
            words[language].close,
          );
          const links = layout.drawer.locator('a[data-test-id^="nav-"]');
          expect(await links.count(), where).toBeGreaterThan(5);
          // Text-only variants draw no glyph in the menu; the others one per entry.
          const glyphs = await links.locator('svg').count();
          if (v.textOnly) expect(glyphs, where).toBe(0);
          else expect(glyphs, where).toBe(await links.count());
          expect(await withinWidth(layout.drawer.locator('nav'), PHONE.width), where).toBe(true);
          // A link moves to its page in the language, closes the drawer and puts the focus on the heading.
          await layout.drawer.locator(tid('nav-billing')).click();
          await layout.pageRoot('billing').waitFor();
          await layout.drawer.waitFor({ state: 'hidden' });
          expect(await layout.menuButton.getAttribute('aria-expanded'), where).toBe('false');
          await expect.poll(() => focused(s.page)).toBe('page-title');
          expect((await layout.title.innerText()).trim(), where).toBe(words[language].billing);
          expect(await scrollsSideways(s.page), where).toBe(false);
        }
      }
    } finally {
      await layout.navigate('preferences');
      await new PreferencesPage(s.page).save({ skin: 'LEFT_MENU', textOnly: false, language: 'EN' });
    }
  });

  it('NO_MENU has no menu button on a phone', async () => {
    await useSkin('NO_MENU');
    await s.page.setViewportSize(PHONE);
    await layout.waitForLook('NO_MENU', false);
    expect(await layout.menuButton.count()).toBe(0);
    await useSkin('LEFT_MENU');
  });

  it('every list stacks on a phone: the admin’s users and accounts, their actions on screen', async () => {
    const other = await e2e.newSession();
    await other.page.setViewportSize(PHONE);
    const admin = await signIn(other.page, adminLogin);
    // Every admin entry with its own glyph, for review.
    await admin.openDrawer();
    await other.page.screenshot({ path: path.join(artifactsDir, 'phone-admin-drawer.png') });
    await other.page.keyboard.press('Escape');
    for (const [target, table, action] of [
      ['users', 'users-table', 'user-row'],
      ['accounts', 'accounts-table', 'account-row'],
    ] as const) {
      await admin.navigate(target);
      const row = other.page.locator(tid(action)).first();
      await row.waitFor();
      expect(await scrollsSideways(other.page), `${target} scrolls sideways`).toBe(false);
      // Nothing (a long e-mail address) runs out of the card.
      expect(await row.evaluate((r) => r.scrollWidth <= r.clientWidth), `${target}: a value overflows`).toBe(true);
      const buttons = row.locator('button, a');
      for (let i = 0; i < (await buttons.count()); i++)
        expect(await withinWidth(buttons.nth(i), PHONE.width), `${target}: control ${i}`).toBe(true);
      expect(await other.page.locator(tid(table)).evaluate((t) => getComputedStyle(t).display)).toBe('block');
      await e2e.screenshot(other.page, `phone-admin-${target}`);
    }
    await other.context.close();
  });

  it('the login page is in a main landmark; a failed sign-in puts the focus on the error', async () => {
    const other = await e2e.newSession();
    await other.page.setViewportSize(PHONE);
    const login = new LoginPage(other.page);
    await login.open();
    expect(await other.page.locator('main').count()).toBe(1);
    expect(await other.page.locator(`main ${tid('login-submit')}`).count()).toBe(1);
    await login.attempt({ login: customer.login, password: 'not-the-password' });
    await login.formError.waitFor();
    await expect.poll(() => focused(other.page)).toBe('form-error');
    await e2e.screenshot(other.page, 'phone-login-error');
    await other.context.close();
  });
});
