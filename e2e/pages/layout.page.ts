import type { Locator, Page } from 'playwright-core';
import { textOf, tid } from '../support/tid';

export type Skin = 'LEFT_MENU' | 'NO_MENU' | 'EXPRESSIA';
export type Language = 'EN' | 'DE';

/** Pages reachable from the navigation. */
export type NavTarget =
  | 'home'
  | 'domains'
  | 'databases'
  | 'billing'
  | 'plan'
  | 'invoices'
  | 'jobs'
  | 'users'
  | 'staff'
  | 'accounts'
  | 'plans'
  | 'moderation'
  | 'admin-invoices'
  | 'admin-payments'
  | 'admin-ledger'
  | 'admin-jobs'
  | 'admin-certificates'
  | 'support'
  | 'admin-support'
  | 'knowledge'
  | 'admin-knowledge'
  | 'resellers'
  | 'settings'
  | 'brand'
  | 'physical-servers'
  | 'logical-servers'
  | 'server-groups'
  | 'ip-addresses'
  | 'tasks'
  | 'webhooks'
  | 'admin-webhooks'
  | 'account'
  | 'password'
  | 'email'
  | 'preferences'
  | 'explorer'
  | 'developers';
/** Every page root `page-<id>`. */
export type PageId =
  | NavTarget
  | 'domain'
  | 'account-billing'
  | 'invoice'
  | 'job'
  | 'job-types'
  | 'plan-edit'
  | 'signup'
  | 'user-new'
  | 'user-detail'
  | 'physical-server-new'
  | 'physical-server'
  | 'logical-server-new'
  | 'logical-server'
  | 'server-group-new'
  | 'server-group'
  | 'reseller'
  | 'setup'
  | 'login'
  | 'impersonate'
  | 'forgot-password'
  | 'reset-password'
  | 'verify-email'
  | 'forbidden'
  | 'new-ticket'
  | 'ticket'
  | 'staff-ticket'
  | 'canned-replies'
  | 'knowledge-article'
  | 'kb-article-editor'
  | 'kb-public';

/** EXPressia's drop-down groups. */
export const NAV_GROUPS = {
  hosting: ['domains', 'databases', 'billing', 'plan', 'invoices', 'jobs'],
  admin: [
    'users',
    'staff',
    'accounts',
    'plans',
    'moderation',
    'admin-invoices',
    'admin-payments',
    'admin-ledger',
    'admin-jobs',
    'admin-certificates',
    'admin-support',
    'admin-knowledge',
    'resellers',
    'settings',
    'brand',
  ],
  cluster: ['physical-servers', 'logical-servers', 'server-groups', 'ip-addresses', 'tasks'],
  me: ['account', 'password', 'preferences', 'developers'],
} as const satisfies Record<string, readonly NavTarget[]>;
export type NavGroup = keyof typeof NAV_GROUPS;

const groupOf = (target: NavTarget): NavGroup | undefined =>
  (Object.keys(NAV_GROUPS) as NavGroup[]).find((g) => (NAV_GROUPS[g] as readonly NavTarget[]).includes(target));

/** The panel frame every signed-in page shares: header, navigation (whatever the skin), page root and title. */
export class Layout {
  readonly root: Locator;
  readonly title: Locator;
  readonly viewerLogin: Locator;
  readonly companyName: Locator;
  readonly accountSwitcher: Locator;
  readonly logoutButton: Locator;
  /** Narrow screens, skins with a menu: the header button that opens the navigation drawer. */
  readonly menuButton: Locator;
  readonly drawer: Locator;
  readonly skipLink: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('layout'));
    this.title = page.locator(tid('page-title'));
    this.viewerLogin = page.locator(tid('viewer-login'));
    this.companyName = page.locator(tid('company-name'));
    this.accountSwitcher = page.locator(tid('account-switcher'));
    this.logoutButton = page.locator(tid('logout'));
    this.menuButton = page.locator(tid('menu-button'));
    this.drawer = page.locator(tid('nav-drawer'));
    this.skipLink = page.locator(tid('skip-link'));
    this.main = page.locator(tid('main'));
  }

  /** Opens the navigation drawer (narrow screens) and waits for its links. */
  async openDrawer(): Promise<void> {
    if ((await this.menuButton.getAttribute('aria-expanded')) !== 'true') await this.menuButton.click();
    await this.drawer.locator('a').first().waitFor();
  }

  pageRoot(id: PageId): Locator {
    return this.page.locator(tid(`page-${id}`));
  }

  navLink(target: NavTarget): Locator {
    return this.page.locator(tid(`nav-${target}`));
  }

  navGroup(group: NavGroup): Locator {
    return this.page.locator(tid(`nav-group-${group}`));
  }

  /** Waits for the page root, then returns its title text. */
  async waitForPage(id: PageId): Promise<string> {
    await this.pageRoot(id).waitFor();
    return textOf(this.title);
  }

  async look(): Promise<{ skin: Skin; textOnly: boolean }> {
    await this.root.waitFor();
    const skin = (await this.root.getAttribute('data-skin')) as Skin;
    const textOnly = (await this.root.getAttribute('data-text-only')) === 'true';
    return { skin, textOnly };
  }

  /** Waits until the layout shows this skin and variant. */
  async waitForLook(skin: Skin, textOnly: boolean): Promise<void> {
    await this.page.locator(`${tid('layout')}[data-skin="${skin}"][data-text-only="${textOnly}"]`).waitFor();
  }

  /**
   * Makes the link to `target` visible the way the current skin does and returns it:
   * LEFT_MENU has it in the side menu; EXPRESSIA behind its drop-down group; NO_MENU on the home page's
   * icon grid (other pages only link back home); on a narrow screen the first two in the drawer.
   */
  async revealNavLink(target: NavTarget): Promise<Locator> {
    const { skin } = await this.look();
    const link = this.navLink(target);
    if (skin !== 'NO_MENU' && (await this.menuButton.isVisible())) {
      await this.openDrawer();
    } else if (skin === 'EXPRESSIA') {
      const group = groupOf(target);
      if (group && !(await link.isVisible())) await this.navGroup(group).click();
    } else if (skin === 'NO_MENU' && target !== 'home' && !(await this.pageRoot('home').isVisible())) {
      await this.navLink('home').click();
      await this.pageRoot('home').waitFor();
    }
    await link.waitFor({ state: 'visible' });
    return link;
  }

  /** Goes to a page through the navigation, as a person would. */
  async navigate(target: NavTarget): Promise<void> {
    if (target === 'home' && (await this.pageRoot('home').isVisible())) return;
    await (await this.revealNavLink(target)).click();
    await this.pageRoot(target).waitFor();
  }

  /**
   * Which of `targets` have a link in the navigation, looked for in every state the skin has:
   * the home page for NO_MENU, each drop-down group both open and closed for EXPRESSIA.
   */
  async renderedNavLinks(targets: readonly NavTarget[]): Promise<NavTarget[]> {
    const { skin } = await this.look();
    const found = new Set<NavTarget>();
    const collect = async () => {
      for (const t of targets) if ((await this.navLink(t).count()) > 0) found.add(t);
    };
    if (skin === 'NO_MENU') await this.navigate('home');
    await collect();
    if (skin === 'EXPRESSIA') {
      for (const group of Object.keys(NAV_GROUPS) as NavGroup[]) {
        const button = this.navGroup(group);
        if ((await button.count()) === 0) continue;
        await button.click();
        await collect();
        await button.click();
        await collect();
      }
    }
    return targets.filter((t) => found.has(t));
  }

  async switchAccount(accountId: string): Promise<void> {
    await this.accountSwitcher.selectOption(accountId);
  }

  async accountSwitcherOptions(): Promise<string[]> {
    await this.accountSwitcher.waitFor();
    return this.accountSwitcher.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  }

  async logout(): Promise<void> {
    await this.logoutButton.click();
    await this.pageRoot('login').waitFor();
  }
}
