import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BrandPage, PreviewBanner, type UploadFile } from '../pages/brand.page';
import { Layout, type Skin } from '../pages/layout.page';
import { LoginPage } from '../pages/login.page';
import { PreferencesPage } from '../pages/self.page';
import { createEndUser, createReseller, setupMasterAdmin, type Credentials, type MasterAdmin } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { panelAt, resellerHost } from '../support/hosts';
import { skipReason } from '../support/prerequisites';
import { textOf, tid } from '../support/tid';
import { gqlInPage as gql } from '../support/page-gql';

const MASTER_NAME = 'Sunrise Hosting';
const SKINS: readonly Skin[] = ['LEFT_MENU', 'NO_MENU', 'EXPRESSIA'];
/** The editor's steps run one after another in a real browser: a minute per test. */
const STEP_TIMEOUT = 60_000;

interface Brand {
  name: string;
  host: string;
  url: string;
  admin: Credentials;
  customer: Credentials;
  /** The theme it publishes, and what the panel must then show. */
  theme: string;
  gallery: string;
  primary: string;
  text: { key: string; value: string; shown: string };
  tagline: string;
}

const rgb = (hex: string): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

const computed = (page: Page, testId: string, property: 'backgroundColor' | 'color') =>
  page.locator(tid(testId)).evaluate((el, p) => getComputedStyle(el)[p], property);

const rootVariable = (page: Page, name: string) =>
  page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);

/** Waits until the page shows its content rather than a spinner. */
async function settled(page: Page): Promise<void> {
  await page.locator('[data-test-id^="page-"]').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.animate-spin'));
}

const svgLogo = (label: string, colour: string): UploadFile => ({
  name: 'logo.svg',
  mimeType: 'image/svg+xml',
  buffer: Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="48" viewBox="0 0 200 48">` +
      `<circle cx="22" cy="24" r="16" fill="${colour}"/><circle cx="34" cy="20" r="12" fill="#ffffff"/>` +
      `<text x="56" y="31" font-family="Arial, sans-serif" font-size="20" font-weight="700" fill="#ffffff">${label}</text></svg>`,
  ),
});

const svgFavicon = (colour: string): UploadFile => ({
  name: 'favicon.svg',
  mimeType: 'image/svg+xml',
  buffer: Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14" fill="${colour}"/></svg>`,
  ),
});

/** A PNG logo drawn by Chromium itself on a blank page (no CSP there). */
async function pngLogo(page: Page, label: string): Promise<UploadFile> {
  const scratch = await page.context().newPage();
  await scratch.setContent(
    `<div id="logo" style="display:inline-flex;align-items:center;gap:8px;padding:4px 8px;font:700 20px Arial,sans-serif;color:#fff;background:transparent">` +
      `<span style="display:inline-block;width:28px;height:28px;border-radius:6px;background:#fcd34d"></span>${label}</div>`,
  );
  const buffer = await scratch.locator('#logo').screenshot({ omitBackground: true });
  await scratch.close();
  return { name: 'logo.png', mimeType: 'image/png', buffer };
}

/** Composes two screenshots side by side, with captions, on a blank page. */
async function sideBySide(page: Page, left: string, right: string, captions: [string, string]): Promise<void> {
  const img = (file: string) => `data:image/png;base64,${fs.readFileSync(file).toString('base64')}`;
  await page.setViewportSize({ width: 2600, height: 900 });
  await page.setContent(
    `<body style="margin:0;background:#888;font:14px Arial"><div style="display:flex;gap:20px;padding:20px;align-items:flex-start">` +
      [left, right]
        .map(
          (f, i) =>
            `<figure style="margin:0;width:1280px"><figcaption style="color:#fff;padding:4px 0">${captions[i]}</figcaption><img style="width:1280px" src="${img(f)}"></figure>`,
        )
        .join('') +
      `</div></body>`,
  );
}

/**
 * Two resellers, each on its own host name, brand their panels (RES-3, LF-2, LF-3): a theme drafted
 * from the gallery with their own logo, colours and texts, previewed by the admin only, published,
 * exported and imported on the other, rolled back. No reseller page shows the master's brand.
 */
describe.skipIf(skipReason)('brands and themes of two resellers', () => {
  const e2e = useE2E();
  let master: MasterAdmin;
  const admins = new Map<string, Session>();
  const nine: Brand = {
    name: 'Cloud Nine Hosting',
    host: resellerHost('brand-nine'),
    url: '',
    admin: { login: 'nine-admin', password: '' },
    customer: { login: 'nine-customer', password: 'nine-customer-secret-1' },
    theme: 'Cloud Nine Teal',
    gallery: 'Forest',
    primary: '#0f766e',
    text: {
      key: 'login.intro',
      value: 'Welcome back above the clouds, {company}.',
      shown: 'Welcome back above the clouds, Cloud Nine Hosting.',
    },
    tagline: 'Hosting above the clouds',
  };
  const harbor: Brand = {
    name: 'Blue Harbor Web',
    host: resellerHost('brand-harbor'),
    url: '',
    admin: { login: 'harbor-admin', password: '' },
    customer: { login: 'harbor-customer', password: 'harbor-customer-secret-1' },
    theme: 'Harbor Sunset',
    gallery: 'Sunset',
    primary: '#c2410c',
    text: { key: 'login.title', value: 'Welcome aboard', shown: 'Welcome aboard' },
    tagline: 'Web hosting from the harbour',
  };
  const brands = [nine, harbor];

  beforeAll(async () => {
    master = await setupMasterAdmin(e2e.url, { companyName: MASTER_NAME });
    for (const b of brands) {
      const r = await createReseller(master.client, { name: b.name, cpHost: b.host, adminLogin: b.admin.login });
      b.admin = r.admin;
      b.url = panelAt(e2e.url, b.host);
      await createEndUser(master.client, { login: b.customer.login, password: b.customer.password, resellerId: r.id });
    }
  });

  /** The reseller admin's session on its own host, signed in once. */
  async function adminOf(b: Brand): Promise<Session> {
    let s = admins.get(b.name);
    if (!s) {
      s = await e2e.newSession();
      const login = new LoginPage(s.page);
      await login.open(b.url);
      await login.signIn(b.admin);
      admins.set(b.name, s);
    }
    return s;
  }

  async function editorOf(b: Brand): Promise<BrandPage> {
    const { page } = await adminOf(b);
    await page.goto(new URL('admin/brand', b.url).href);
    const editor = new BrandPage(page);
    await editor.name.waitFor();
    return editor;
  }

  const editorDraft = (page: Page) =>
    gql<{ brandEditor: { draft: { name: string; settings: { palette: { primary: string } } } | null } }>(
      page,
      `{ brandEditor { draft { name settings { palette { primary } } } } }`,
    ).then((d) => d.brandEditor.draft);

  it(
    'Cloud Nine drafts from the gallery, with its logo, icon and texts; a colour below AA is refused by name',
    async () => {
      const { page } = await adminOf(nine);
      // Reached from the admin navigation, as an admin would.
      await new Layout(page).navigate('brand');
      const editor = new BrandPage(page);
      await editor.startFrom(nine.gallery);
      expect(await editor.status.getAttribute('data-draft')).toBe('true');

      await editor.name.fill(nine.theme);
      await editor.upload('logo', svgLogo('Cloud Nine', '#5eead4'));
      await editor.upload('favicon', svgFavicon('#0f766e'));
      await editor.overrideText(nine.text.key, 'EN', nine.text.value);
      await editor.overrideText('app.tagline', 'EN', nine.tagline);

      // Pale yellow under white button text: the browser's figure warns, the API refuses and names the pair.
      await editor.setColour('primary', '#fde047');
      expect(Number(await editor.contrast('primary').getAttribute('data-ratio'))).toBeLessThan(4.5);
      await editor.saveDraft();
      await editor.fieldError('settings.palette.primary').waitFor();
      expect(await textOf(editor.fieldError('settings.palette.primary'))).toMatch(/#fde047 with white text.*4\.5:1/);
      expect((await editorDraft(page))?.settings.palette.primary).toBe('#1d6b45');
      await e2e.screenshot(page, 'brand-editor-contrast-error');

      await editor.setColour('primary', nine.primary);
      expect(Number(await editor.contrast('primary').getAttribute('data-ratio'))).toBeGreaterThanOrEqual(4.5);
      await editor.saveDraft();
      await editor.notice.waitFor();
      expect(await editorDraft(page)).toEqual({ name: nine.theme, settings: { palette: { primary: nine.primary } } });
      await editor.publishDraft();
      await editor.version(1).waitFor();
      expect(await editor.version(1).getAttribute('data-current')).toBe('true');
      await e2e.screenshot(page, 'brand-editor-nine');
    },
    STEP_TIMEOUT,
  );

  it(
    'Blue Harbor publishes another gallery theme with a PNG logo and its own sign-in title',
    async () => {
      const { page } = await adminOf(harbor);
      const editor = await editorOf(harbor);
      await editor.startFrom(harbor.gallery);
      await editor.name.fill(harbor.theme);
      await editor.upload('logo', await pngLogo(page, 'Blue Harbor'));
      await editor.overrideText(harbor.text.key, 'EN', harbor.text.value);
      await editor.overrideText('app.tagline', 'EN', harbor.tagline);
      await editor.publishDraft();
      await editor.version(1).waitFor();
      expect(await editor.colour('primary').inputValue()).toBe(harbor.primary);
    },
    STEP_TIMEOUT,
  );

  it(
    'each host’s sign-in and signup pages show its own logo, colours, texts and icon',
    async () => {
      for (const b of brands) {
        const other = brands.find((x) => x !== b)!;
        const visitor = await e2e.newSession();
        const login = new LoginPage(visitor.page);
        await login.open(b.url);
        const logo = visitor.page.locator(tid('company-logo'));
        await logo.waitFor();
        expect(await logo.getAttribute('alt')).toBe(b.name);
        expect(await logo.getAttribute('src')).toMatch(/^\/brand\/images\/[0-9a-f]{64}$/);
        expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
        expect(await visitor.page.locator('body').innerText()).toContain(b.text.shown);
        expect(await visitor.page.locator('body').innerText()).toContain(b.tagline);
        expect(await computed(visitor.page, 'login-submit', 'backgroundColor')).toBe(rgb(b.primary));

        // The tab's icon is the theme's; /brand.css gives the first paint the same colours.
        const { branding } = await gql<{ branding: { theme: { faviconUrl: string } } }>(
          visitor.page,
          `{ branding { theme { faviconUrl } } }`,
        );
        expect(await visitor.page.locator('link[rel="icon"]').getAttribute('href')).toBe(branding.theme.faviconUrl);
        const css = await visitor.page.evaluate(async () => (await fetch('/brand.css')).text());
        expect(css).toContain(`--brand-primary: ${b.primary};`);

        const text = await visitor.page.locator('body').innerText();
        for (const foreign of [MASTER_NAME, 'Heliosphere', other.name, other.tagline])
          expect(text).not.toContain(foreign);

        // Utilities follow the variables at run time: no colour is baked into the stylesheet (the
        // button's colour transition takes a moment).
        await visitor.page.evaluate(() => document.documentElement.style.setProperty('--brand-primary', '#123456'));
        await expect.poll(() => computed(visitor.page, 'login-submit', 'backgroundColor')).toBe('rgb(18, 52, 86)');

        await visitor.page.goto(new URL('signup', b.url).href);
        await visitor.page.locator(tid('page-signup')).waitFor();
        await visitor.page.locator(tid('company-logo')).waitFor();
        expect(await visitor.page.locator('body').innerText()).toContain(b.tagline);
        await visitor.context.close();
      }
    },
    STEP_TIMEOUT,
  );

  it(
    'a preview shows the draft on the real panel to the admin only, until it is left',
    async () => {
      const editor = await editorOf(nine);
      const page = editor.page;
      await editor.setColour('primary', '#7c3aed');
      await editor.saveDraft();
      await editor.notice.waitFor();
      await editor.preview.click();
      const banner = new PreviewBanner(page);
      await banner.root.waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await banner.root.innerText()).toContain(`previewing the draft theme “${nine.theme}”`);
      expect(await rootVariable(page, '--brand-primary')).toBe('#7c3aed');
      await e2e.screenshot(page, 'brand-preview-nine');

      // A customer of the same company asking for the preview gets the published theme, and no banner.
      const customer = await e2e.newSession();
      await customer.page.addInitScript(() => window.sessionStorage.setItem('brandPreview', '1'));
      const login = new LoginPage(customer.page);
      await login.open(nine.url);
      const layout = await login.signIn(nine.customer);
      await layout.pageRoot('home').waitFor();
      expect(await rootVariable(customer.page, '--brand-primary')).toBe(nine.primary);
      expect(await customer.page.locator(tid('preview-banner')).count()).toBe(0);
      await customer.context.close();

      await banner.leave.click();
      await banner.root.waitFor({ state: 'detached' });
      expect(await rootVariable(page, '--brand-primary')).toBe(nine.primary);

      // Back in the editor, the draft is thrown away: the published theme is what the fields show.
      const again = await editorOf(nine);
      await afterDiscard(again);
      expect(await again.colour('primary').inputValue()).toBe(nine.primary);
      expect(await editorDraft(page)).toBeNull();
    },
    STEP_TIMEOUT,
  );

  async function afterDiscard(editor: BrandPage): Promise<void> {
    await editor.discard.click();
    await editor.page.locator(`${tid('brand-status')}[data-draft="false"]`).waitFor();
  }

  it(
    'a theme exported from Cloud Nine imports on Blue Harbor (a bad file changes nothing), is published and rolled back',
    async () => {
      const nineEditor = await editorOf(nine);
      const { download, text } = await nineEditor.exportShown();
      expect(download.suggestedFilename()).toBe('cloud-nine-teal.theme.json');
      const file = JSON.parse(text) as { name: string; settings: { palette: Record<string, string> } };
      expect(file.name).toBe(nine.theme);
      expect(file.settings.palette.primary).toBe(nine.primary);

      const editor = await editorOf(harbor);
      await editor.importTheme('broken.json', '{ not json');
      await editor.importError.first().waitFor();
      expect(await textOf(editor.importError.first())).toMatch(/not a theme file/);

      const tampered = JSON.stringify({
        ...file,
        settings: { ...file.settings, palette: { ...file.settings.palette, danger: '#ff9999' } },
      });
      await editor.importTheme('tampered.json', tampered);
      await editor.page
        .locator(`${tid('brand-file')} [role="alert"]`, { hasText: 'settings.palette.danger' })
        .waitFor();
      expect(await editorDraft(editor.page)).toBeNull();
      await e2e.screenshot(editor.page, 'brand-import-refused');

      await editor.importTheme('cloud-nine-teal.theme.json', text);
      await editor.notice.waitFor();
      await editor.page.locator(`${tid('brand-name')}[value="${nine.theme}"]`).waitFor();
      expect(await editor.colour('primary').inputValue()).toBe(nine.primary);
      expect(await editor.colour('neutral').inputValue()).toBe(file.settings.palette.neutral);
      await editor.logoImage.waitFor();
      await editor.publishDraft();
      await editor.page.locator(`${tid('brand-version')}[data-number="2"][data-current="true"]`).waitFor();

      const visitor = await e2e.newSession();
      const login = new LoginPage(visitor.page);
      await login.open(harbor.url);
      expect(await computed(visitor.page, 'login-submit', 'backgroundColor')).toBe(rgb(nine.primary));

      await editor.rollbackTo(1);
      await login.open(harbor.url);
      expect(await computed(visitor.page, 'login-submit', 'backgroundColor')).toBe(rgb(harbor.primary));
      expect(await visitor.page.locator('body').innerText()).toContain(harbor.text.shown);
      await visitor.context.close();
    },
    STEP_TIMEOUT,
  );

  it('no page of either reseller, for its admin or its customer, names the master or the product', async () => {
    for (const b of brands) {
      for (const who of [b.admin, b.customer]) {
        const s = await e2e.newSession();
        const login = new LoginPage(s.page);
        await login.open(b.url);
        const layout = await login.signIn(who);
        await layout.pageRoot('home').waitFor();
        const paths = await s.page
          .locator('a[data-test-id^="nav-"]')
          .evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
        expect(paths.length).toBeGreaterThan(3);
        for (const path of ['/', ...paths]) {
          await s.page.goto(new URL(path.slice(1), b.url).href);
          await settled(s.page);
          const text = await s.page.locator('body').innerText();
          const title = await s.page.title();
          for (const foreign of [MASTER_NAME, 'Heliosphere']) {
            expect(text, `${who.login} on ${path}`).not.toContain(foreign);
            expect(title, `title of ${path}`).not.toContain(foreign);
          }
          expect(title, `title of ${path}`).toContain(b.name);
        }
        await s.context.close();
      }
    }
  }, 240_000);

  it('screenshots: both brands side by side on the sign-in page and in all three skins', async () => {
    const shots: Record<string, Record<string, string>> = {};
    for (const b of brands) {
      const slug = b === nine ? 'nine' : 'harbor';
      shots[slug] = {};
      const visitor = await e2e.newSession();
      const login = new LoginPage(visitor.page);
      await login.open(b.url);
      await visitor.page.locator(tid('company-logo')).waitFor();
      shots[slug].login = await e2e.screenshot(visitor.page, `brand-${slug}-login`);
      await visitor.context.close();

      const { page } = await adminOf(b);
      for (const skin of SKINS) {
        await gql(page, `mutation ($skin: Skin!) { updatePreferences(input: { skin: $skin }) { skin } }`, { skin });
        await page.goto(b.url);
        await new Layout(page).waitForLook(skin, false);
        await settled(page);
        await page.locator(tid('company-logo')).waitFor();
        shots[slug][skin] = await e2e.screenshot(page, `brand-${slug}-home-${skin}`);
      }
    }
    const canvas = await e2e.newSession();
    for (const view of ['login', ...SKINS]) {
      await sideBySide(canvas.page, shots.nine![view]!, shots.harbor![view]!, [
        `${nine.name} — ${view}`,
        `${harbor.name} — ${view}`,
      ]);
      await e2e.screenshot(canvas.page, `brand-side-by-side-${view}`);
    }
    await canvas.context.close();
  }, 180_000);

  it(
    'a theme that fixes skin and language leaves users nothing to choose on their preferences (LF-3)',
    async () => {
      const editor = await editorOf(nine);
      await editor.page.locator(tid('brand-default-skin')).selectOption('EXPRESSIA');
      await editor.page.locator(tid('brand-users-choose-skin')).setChecked(false);
      await editor.page.locator(tid('brand-users-choose-language')).setChecked(false);
      await editor.publishDraft();

      const s = await e2e.newSession();
      const login = new LoginPage(s.page);
      await login.open(nine.url);
      const layout = await login.signIn(nine.customer);
      // The company's default skin applies to a user who never chose one.
      await layout.waitForLook('EXPRESSIA', false);
      await layout.navigate('preferences');
      const prefs = new PreferencesPage(s.page);
      await s.page.locator(tid('pref-skin-fixed')).waitFor();
      await s.page.locator(tid('pref-language-fixed')).waitFor();
      expect(await prefs.skin.isDisabled()).toBe(true);
      expect(await prefs.textOnly.isDisabled()).toBe(true);
      expect(await prefs.language.isDisabled()).toBe(true);
      expect(await prefs.saveButton.isDisabled()).toBe(true);
      await e2e.screenshot(s.page, 'brand-nine-preferences-fixed');
      await s.context.close();
    },
    STEP_TIMEOUT,
  );
});
