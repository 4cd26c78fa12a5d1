import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Layout, type NavTarget, type Skin } from '../pages/layout.page';
import { LoginPage, signIn } from '../pages/login.page';
import { PreferencesPage } from '../pages/self.page';
import { createEndUser, setupMasterAdmin, type Credentials } from '../support/api';
import { useE2E, type E2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { textOf } from '../support/tid';

const VARIANTS: { skin: Skin; textOnly: boolean }[] = (['LEFT_MENU', 'NO_MENU', 'EXPRESSIA'] as const).flatMap(
  (skin) => [
    { skin, textOnly: false },
    { skin, textOnly: true },
  ],
);
const label = (v: { skin: Skin; textOnly: boolean }) => `${v.skin}${v.textOnly ? ' text-only' : ''}`;

const ADMIN_ONLY: NavTarget[] = [
  'users',
  'staff',
  'accounts',
  'plans',
  'moderation',
  'admin-invoices',
  'admin-payments',
  'admin-ledger',
  'admin-certificates',
  'resellers',
  'settings',
];
const CLUSTER: NavTarget[] = ['physical-servers', 'logical-servers', 'server-groups', 'ip-addresses', 'tasks'];
const SELF: NavTarget[] = ['account', 'password', 'preferences'];
/** Pages of the active account: only for a viewer who has one. */
const HOSTING: NavTarget[] = ['domains', 'databases', 'billing', 'plan', 'invoices'];
/** Pages added since the first skins, screenshot in every variant for review. */
const NEW_PAGES: readonly NavTarget[] = [...HOSTING, ...CLUSTER];

interface Role {
  name: string;
  /** Pages the role's navigation must reach, and nothing else. */
  pages: NavTarget[];
  credentials: () => Credentials;
}

/**
 * Picks a skin variant on the Preferences page, then walks the navigation the way that skin offers it
 * (side menu; home icon grid and the Home link; drop-down groups) to every page the role has.
 */
async function exerciseVariant(e2e: E2E, s: Session, role: Role, v: { skin: Skin; textOnly: boolean }): Promise<void> {
  const layout = new Layout(s.page);
  await layout.navigate('preferences');
  await new PreferencesPage(s.page).save(v);
  await layout.waitForLook(v.skin, v.textOnly);
  expect(await layout.look()).toEqual(v);

  const forbidden = [...HOSTING, ...ADMIN_ONLY, ...CLUSTER, ...SELF].filter((t) => !role.pages.includes(t));
  expect(await layout.renderedNavLinks(forbidden), 'links the role may not use').toEqual([]);

  let iconLinks = 0;
  // Every page of the role, each reached by its link; home last, as every skin links back home.
  for (const target of [...role.pages.filter((t) => t !== 'home'), 'home' as const]) {
    const link = await layout.revealNavLink(target);
    const icons = await link.locator('svg').count();
    if (v.textOnly) expect(icons, `icons inside nav-${target}`).toBe(0);
    iconLinks += icons > 0 ? 1 : 0;
    await link.click();
    const title = await layout.waitForPage(target);
    expect(title, `page-title of page-${target}`).not.toBe('');
    if (NEW_PAGES.includes(target)) {
      // Lists show their table (or an error) once loaded: the screenshot is of the page, not a spinner.
      await s.page.locator('[data-test-id$="-table"], [data-test-id="form-error"]').first().waitFor();
      if (v.textOnly) expect(await layout.pageRoot(target).locator('svg').count(), `icons on page-${target}`).toBe(0);
      await e2e.screenshot(s.page, `skin-${role.name}-${label(v)}-${target}`);
    }
  }
  if (!v.textOnly) expect(iconLinks, 'nav links with an icon').toBeGreaterThan(0);
  // For people reviewing the skins: each variant's home page, kept on success too.
  await e2e.screenshot(s.page, `skin-${role.name}-${label(v)}`);
}

function describeRole(role: Role, e2e: E2E): void {
  describe(`as ${role.name}`, () => {
    let s: Session;

    beforeAll(async () => {
      s = await e2e.newSession();
      await signIn(s.page, role.credentials());
    });
    afterAll(() => s?.context.close());

    for (const v of VARIANTS) {
      it(`${label(v)}: reaches the same pages through the skin’s own navigation`, async () => {
        await exerciseVariant(e2e, s, role, v);
      });
    }

    it('keeps the chosen skin after logout and login', async () => {
      const layout = new Layout(s.page);
      const chosen = await layout.look();
      expect(chosen).toEqual(VARIANTS.at(-1));
      await layout.logout();
      await new LoginPage(s.page).signIn(role.credentials());
      await layout.waitForLook(chosen.skin, chosen.textOnly);
      await layout.navigate('preferences');
      const prefs = new PreferencesPage(s.page);
      await expect.poll(() => prefs.skin.inputValue()).toBe(chosen.skin);
      await expect.poll(() => prefs.textOnly.isChecked()).toBe(chosen.textOnly);
    });

    it('switches the page titles to German and back', async () => {
      const layout = new Layout(s.page);
      await layout.navigate('preferences');
      const prefs = new PreferencesPage(s.page);
      const english = await textOf(layout.title);
      await prefs.save({ language: 'DE' });
      await expect
        .poll(() => textOf(layout.title), { timeout: 10_000 })
        .toSatisfy((title: string) => title !== '' && title !== english);
      await e2e.screenshot(s.page, `language-${role.name}-DE`);

      await prefs.save({ language: 'EN' });
      await expect.poll(() => textOf(layout.title), { timeout: 10_000 }).toBe(english);
    });
  });
}

describe.skipIf(skipReason)('skins', () => {
  const e2e = useE2E();
  const user = { login: 'skinner', password: 'skinner-secret-1' };
  let admin: Credentials;

  beforeAll(async () => {
    const master = await setupMasterAdmin(e2e.url);
    admin = master;
    await createEndUser(master.client, user);
  });

  describeRole({ name: 'end user', pages: ['home', ...HOSTING, ...SELF], credentials: () => user }, e2e);
  describeRole(
    { name: 'master admin', pages: ['home', ...ADMIN_ONLY, ...CLUSTER, ...SELF], credentials: () => admin },
    e2e,
  );
});
