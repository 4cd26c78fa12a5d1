import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Layout, type Language, type PageId, type Skin } from '../pages/layout.page';
import { LoginPage, signIn } from '../pages/login.page';
import { SignupPage } from '../pages/signup.page';
import {
  createEndUser,
  createReseller,
  invoicesOf,
  setupMasterAdmin,
  type Credentials,
  type GraphQLClient,
  type MasterAdmin,
} from '../support/api';
import { failing, formatViolation, runAxe, type Violation } from '../support/axe';
import { createMysqlDatabase, seedDomainHosting, seedMysqlServer } from '../support/cluster';
import { useE2E, type E2E, type Session } from '../support/harness';
import { panelAt, resellerHost } from '../support/hosts';
import { artifactsDir, skipReason } from '../support/prerequisites';
import { tid } from '../support/tid';
import { gqlInPage as gql } from '../support/page-gql';

/**
 * Accessibility: axe-core's WCAG 2.0/2.1 A and AA rules and its best practices on the main pages of
 * each role, in every skin variant, in English and German, on a phone and on a laptop. A violation of
 * impact moderate, serious or critical fails the test (minor ones are only reported), unless it is
 * in KNOWN below. Every page is also screenshot (e2e/artifacts/a11y-*.png), for people to look at.
 *
 * The pages are every page each role's navigation links to (read from the menu, so a new one is
 * audited without being listed here) and the detail pages reached from lists. The matrix is 6 skin
 * variants × 2 languages × 2 viewports; each page is audited once per variant, the language and
 * viewport turning with the variant and the page (comboOf), so that every page is seen in both
 * languages on both viewports and every variant in all four; the home page in all four in every
 * variant. The reseller admin's panel (the master's pages on its own host) in FULL_VARIANTS only.
 * One browser and one signed-in session per role; the skin and the language are switched through the
 * API (the preference mutation), then the app is loaded once per variant and language and moves from
 * page to page inside it. A11Y_TIMING=1 prints how long each step of each page took.
 */

type Variant = { skin: Skin; textOnly: boolean };
const ALL_VARIANTS: Variant[] = (['LEFT_MENU', 'NO_MENU', 'EXPRESSIA'] as const).flatMap((skin) => [
  { skin, textOnly: false },
  { skin, textOnly: true },
]);
const FULL_VARIANTS: Variant[] = [
  { skin: 'LEFT_MENU', textOnly: false },
  { skin: 'EXPRESSIA', textOnly: true },
];
const LANGUAGES: Language[] = ['EN', 'DE'];
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
] as const;
type Viewport = (typeof VIEWPORTS)[number];

const variantLabel = (v: Variant) => `${v.skin}${v.textOnly ? '-text-only' : ''}`;

/**
 * Known violations, keyed by rule id and page (`<role>/<page>`, the keys of the roles' pages and of
 * the signed-out pages), whatever the skin, language or viewport. They are reported but do not fail the
 * run. Each is a bug to fix in web/; once fixed, remove its entry: an entry that matches nothing on
 * the pages it names fails the last test, so the list can only shrink. Empty is the goal.
 */
interface Known {
  rule: string;
  pages: PageKey[];
  /** What is wrong and where; the fix. */
  note: string;
}
// Empty: every violation the first run found is fixed (auth frame landmarks, the German "Log in as" name,
// the phone tables' scroll boxes, gone with the stacked lists). A new one is fixed, not listed, unless it cannot be yet.
const KNOWN: Known[] = [];

type RoleName = 'visitor' | 'end-user' | 'master' | 'reseller-admin';
type PageKey = `${RoleName}/${string}`;

/** A page to audit: where it is, its root's test id, and what shows once its data is in. */
interface Target {
  key: PageKey;
  id: PageId;
  path: () => string;
  ready?: string;
}

/** One violation found, where it was found. */
interface Finding extends Violation {
  page: PageKey;
  language: Language;
  viewport: Viewport['name'];
  variant: string;
  url: string;
}

const findings: Finding[] = [];
const audited = new Set<PageKey>();
/** How many of the tests that audit pages ran (a run filtered with -t runs fewer). */
let auditRuns = 0;

const isKnown = (f: Finding) => KNOWN.some((k) => k.rule === f.rule && k.pages.includes(f.page));

const setPreferences = (page: Page, input: { skin?: Skin; textOnly?: boolean; language?: Language }) =>
  gql(page, `mutation ($input: PreferencesInput!) { updatePreferences(input: $input) { skin } }`, { input });

/** The company's default language (what the pages before sign-in show): its theme, republished. */
async function setCompanyLanguage(admin: GraphQLClient, language: Language): Promise<void> {
  const { brandEditor } = await admin.request<{
    brandEditor: { published: { name: string; settings: Record<string, unknown> } };
  }>(`{ brandEditor { published { name settings {
        defaultLanguage defaultSkin defaultTextOnly density favicon logo radius usersChooseLanguage usersChooseSkin
        palette { accent danger neutral primary success warning } texts { key language text } } } } }`);
  const { name, settings } = brandEditor.published;
  await admin.request(`mutation ($input: BrandDraftInput!) { saveBrandDraft(input: $input) { draftUpdatedAt } }`, {
    input: { name, settings: { ...settings, defaultLanguage: language } },
  });
  await admin.request(`mutation { publishBrandDraft { published { version } } }`);
}

const SIGNED_OUT = 'signed-out';

const located = (violations: Violation[], where: Omit<Finding, keyof Violation>): Finding[] =>
  violations.map((v) => ({ ...v, ...where }));

/** Waits until nothing spins and CSS transitions are over (colours mid-fade would skew the contrast rule). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.animate-spin'));
  await page.evaluate(() =>
    Promise.race([
      Promise.all(document.getAnimations().map((a) => a.finished)).catch(() => undefined),
      new Promise((r) => setTimeout(r, 1_000)),
    ]),
  );
}

/**
 * Not an axe rule, checked alongside them: the page must not be wider than the window (WCAG 1.4.10,
 * reflow at 320 CSS px). axe does not see it; a visually hidden table did it to the admin's home at
 * 390 px (623 px wide). Names the widest elements that stick out.
 */
async function sidewaysScroll(page: Page): Promise<Violation[]> {
  const over = await page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const out = Array.from(document.querySelectorAll('body *'))
      .map((el) => ({ el, right: el.getBoundingClientRect().right + window.scrollX }))
      .filter((x) => x.right > width + 1)
      .sort((a, b) => b.right - a.right)
      .slice(0, 3);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      width,
      nodes: out.map((x) => ({
        target:
          x.el.tagName.toLowerCase() +
          (x.el.className && typeof x.el.className === 'string' ? `.${x.el.className.split(' ').join('.')}` : ''),
        html: x.el.outerHTML.slice(0, 200),
        summary: `right edge at ${Math.round(x.right)} px`,
      })),
    };
  });
  if (!over) return [];
  return [
    {
      rule: 'page-scrolls-sideways',
      impact: 'serious',
      help: `The page is ${over.scrollWidth} px wide in a ${over.width} px window: content must reflow, not scroll sideways`,
      helpUrl: 'https://www.w3.org/WAI/WCAG21/Understanding/reflow.html',
      nodes: over.nodes,
    },
  ];
}

/**
 * Not an axe rule either: on a laptop's screen (1024 px and wider) no list hides columns behind a
 * sideways scroll of its own. The last column is usually the row's actions, and a table clipped in
 * a two-thirds column had cut off its Delete buttons at 1280 px. Phones get stacked cards instead.
 */
async function clippedTables(page: Page): Promise<Violation[]> {
  const clipped = await page.evaluate(() => {
    if (window.innerWidth < 1024) return [];
    return Array.from(document.querySelectorAll('table'))
      .map((table) => ({ table, box: table.closest('.overflow-x-auto') }))
      .filter(({ box }) => box && box.scrollWidth > box.clientWidth + 1)
      .map(({ table, box }) => ({
        target: `table[data-test-id="${table.getAttribute('data-test-id') ?? ''}"]`,
        html: table.outerHTML.slice(0, 200),
        summary: `${box!.scrollWidth} px of columns in a ${box!.clientWidth} px box`,
      }));
  });
  if (!clipped.length) return [];
  return [
    {
      rule: 'table-columns-clipped',
      impact: 'serious',
      help: 'A list is wider than its box: its last columns (the row actions) are hidden behind a sideways scroll',
      helpUrl: 'https://www.w3.org/WAI/WCAG21/Understanding/reflow.html',
      nodes: clipped,
    },
  ];
}

/**
 * Opens a page (a load of the app, or a move inside it), checks it shows in the expected language (and
 * look), runs axe on it and screenshots it; records what axe found; returns the findings that fail.
 */
async function audit(
  e2e: E2E,
  page: Page,
  target: Target,
  where: { language: Language; viewport: Viewport; variant?: Variant; origin: string },
  how: 'load' | 'in-app' = 'load',
): Promise<Finding[]> {
  const t0 = Date.now();
  const size = page.viewportSize();
  if (size?.width !== where.viewport.width || size.height !== where.viewport.height)
    await page.setViewportSize(where.viewport);
  if (how === 'load') await page.goto(new URL(target.path(), where.origin).href);
  else
    // The panel's router follows the address like after the Back button: the page changes without
    // loading the app again (as a click on a link would; faster than a load, whatever the skin's menu).
    await page.evaluate((to) => {
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, target.path());
  const t1 = Date.now();
  await page.locator(tid(`page-${target.id}`)).waitFor();
  if (target.ready) await page.locator(target.ready).first().waitFor();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, where.language.toLowerCase());
  if (where.variant) await new Layout(page).waitForLook(where.variant.skin, where.variant.textOnly);
  const t2 = Date.now();
  await settled(page);
  const t3 = Date.now();

  const violations = [...(await runAxe(page)), ...(await sidewaysScroll(page)), ...(await clippedTables(page))];
  const t4 = Date.now();
  const variant = where.variant ? variantLabel(where.variant) : SIGNED_OUT;
  await e2e.screenshot(
    page,
    `a11y-${target.key.replace('/', '-')}-${where.language}-${where.viewport.width}px-${variant}`,
  );
  audited.add(target.key);
  if (process.env.A11Y_TIMING)
    console.log(
      `TIMING ${target.key} goto=${t1 - t0} ready=${t2 - t1} settle=${t3 - t2} axe=${t4 - t3} shot=${Date.now() - t4}`,
    );
  const found = located(violations, {
    page: target.key,
    language: where.language,
    viewport: where.viewport.name,
    variant,
    url: page.url(),
  });
  findings.push(...found);
  return found.filter((f) => failing(f) && !isKnown(f));
}

/** Findings grouped by rule, then page: where (language/viewport/variant) and on which elements. */
function reportByRule(all: Finding[]): string {
  const lines: string[] = [];
  const rules = [...new Set(all.map((f) => f.rule))].sort();
  for (const rule of rules) {
    const ofRule = all.filter((f) => f.rule === rule);
    lines.push(`${rule}: ${ofRule[0]!.help} (${ofRule[0]!.helpUrl})`);
    for (const key of [...new Set(ofRule.map((f) => f.page))]) {
      const onPage = ofRule.filter((f) => f.page === key);
      const first = onPage[0]!;
      const status = !failing(first) ? 'minor, reported only' : isKnown(first) ? 'known, in KNOWN' : 'NEW, fails';
      const contexts = [...new Set(onPage.map((f) => `${f.language}/${f.viewport}/${f.variant}`))];
      const targets = [...new Set(onPage.flatMap((f) => f.nodes.map((n) => n.target)))];
      lines.push(`  ${key} [${first.impact}; ${status}] in ${contexts.length} audits: ${contexts.join(', ')}`);
      for (const t of targets) lines.push(`      ${t}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Fails with every failing finding, one block per page and rule. */
function expectNone(found: Finding[]): void {
  const blocks = found.map(
    (f) => `${f.page} (${f.language}, ${f.viewport}, ${f.variant}) ${f.url}\n  ${formatViolation(f)}`,
  );
  expect(found.length, `accessibility violations (moderate or worse):\n\n${blocks.join('\n\n')}\n`).toBe(0);
}

interface Role {
  name: Exclude<RoleName, 'visitor'>;
  credentials: () => Credentials;
  /** Where this role's panel is (a reseller's on its own host). */
  origin: () => string;
  /** Pages the navigation does not link to: detail pages reached from lists. */
  details: () => Target[];
  /** The skin variants to audit in: all six, but for the reseller admin (the master's pages on its own host). */
  variants: Variant[];
}

/**
 * Where page `j` (0 is home) is audited in variant `v`: the language and viewport turn with both,
 * so across the six variants every page is seen in both languages on both viewports, and every
 * variant sees all four of them, with one audit per page and variant (24 per page would take
 * half an hour). The home page is audited in all four in every variant.
 */
const comboOf = (v: number, j: number) => {
  const c = (v + j) % 4;
  return { language: LANGUAGES[c >> 1]!, viewport: VIEWPORTS[c & 1]! };
};

const page = (key: PageKey, id: PageId, pathOf: string | (() => string), ready?: string): Target => ({
  key,
  id,
  path: typeof pathOf === 'string' ? () => pathOf : pathOf,
  ready,
});

/**
 * Every page the signed-in role's navigation links to, read from the side menu (LEFT_MENU on a wide
 * window has every link on screen); each link `nav-<id>` opens the page with the root `page-<id>`.
 */
async function navPages(tab: Page, role: Role): Promise<Target[]> {
  await tab.setViewportSize(VIEWPORTS[1]);
  await setPreferences(tab, { language: 'EN', skin: 'LEFT_MENU', textOnly: false });
  await tab.goto(new URL('/', role.origin()).href);
  await new Layout(tab).waitForLook('LEFT_MENU', false);
  const links = await tab
    .locator(`${tid('layout')} nav a[data-test-id^="nav-"]`)
    .evaluateAll((as) =>
      as.map((a) => ({ id: a.getAttribute('data-test-id')!.slice('nav-'.length), href: a.getAttribute('href')! })),
    );
  const seen = new Set<string>(['home']);
  return links
    .filter((l) => !seen.has(l.id) && seen.add(l.id))
    .map((l) => page(`${role.name}/${l.id}`, l.id as PageId, l.href));
}

describe.skipIf(skipReason)('accessibility (axe-core, WCAG 2.1 A/AA and best practices)', () => {
  const e2e = useE2E();
  let master: MasterAdmin;
  const customer = { login: 'a11y-customer', password: 'a11y-customer-secret-1' };
  let reseller: { admin: Credentials; url: string };
  /** What the detail pages show: the customer's domain, its first invoice, the plan it is on, the reseller. */
  const seeded = { domainId: '', invoiceId: '', customerId: '', accountId: '', planId: '', resellerId: '' };

  beforeAll(async () => {
    master = await setupMasterAdmin(e2e.url);
    await seedDomainHosting(master.client);
    // A plan with domains, open for signup: the signup page shows its card, the customer's account is on it.
    const { createPlan } = await master.client.request<{ createPlan: { id: string } }>(
      `mutation ($input: PlanInput!) { createPlan(input: $input) { id } }`,
      {
        input: {
          name: 'Web Basic',
          description: 'One site',
          signupEnabled: true,
          recurringFee: '4.00',
          periods: [{ months: 1 }, { months: 12, discountPercent: '10' }],
          resources: [
            { kind: 'DOMAIN', maxUnits: 2 },
            { kind: 'WEB_SITE', maxUnits: 2 },
            { kind: 'MYSQL_DATABASE', maxUnits: 2 },
            { kind: 'MYSQL_USER', maxUnits: 2 },
          ],
        },
      },
    );
    const planId = createPlan.id;
    seeded.planId = planId;
    // An account billed on a plan: its first invoice is issued at once.
    const user = await createEndUser(master.client, {
      ...customer,
      accountName: 'Shop',
      plan: { planId, periodMonths: 1 },
    });
    const { addDomain } = await master.client.request<{ addDomain: { id: string } }>(
      `mutation ($input: AddDomainInput!) { addDomain(input: $input) { id } }`,
      { input: { accountId: user.accounts[0].id, kind: 'OWN', name: 'shop-a11y.com' } },
    );
    const domainId = addDomain.id;
    Object.assign(seeded, { domainId, customerId: user.id, accountId: user.accounts[0].id });
    seeded.invoiceId = (await invoicesOf(master.client, user.accounts[0].id))[0]!.id;
    // Wait until the domain is provisioned: its page then shows what it does in use, not "queued".
    const domainState = async () =>
      (
        await master.client.request<{ domains: { id: string; state: string }[] }>(
          `query ($a: ID) { domains(accountId: $a) { id state } }`,
          { a: user.accounts[0].id },
        )
      ).domains.find((d) => d.id === domainId)?.state;
    for (let deadline = Date.now() + 20_000; (await domainState()) !== 'ACTIVE';) {
      if (Date.now() > deadline) throw new Error(`domain not ACTIVE after 20 s: ${await domainState()}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    // A database with a user that may use it (on the real MariaDB), and a bank transfer: the
    // databases pages and the ledgers show full rows, as wide as they get in use.
    await seedMysqlServer(master.client);
    const db = await createMysqlDatabase(master.client, { accountId: seeded.accountId, name: 'shop' });
    const { createMysqlUser } = await master.client.request<{ createMysqlUser: { id: string } }>(
      `mutation ($input: CreateMysqlUserInput!) { createMysqlUser(input: $input) { id } }`,
      { input: { accountId: seeded.accountId, name: 'shopapp', password: 'a11y-shopapp-secret' } },
    );
    await master.client.request(
      `mutation ($d: ID!, $u: ID!) { grantMysqlDatabase(databaseId: $d, userId: $u) { __typename } }`,
      {
        d: db.id,
        u: createMysqlUser.id,
      },
    );
    await master.client.request(`mutation ($input: MoneyActionInput!) { recordPayment(input: $input) { id } }`, {
      input: { accountId: seeded.accountId, amount: '4.00', reason: 'Bank transfer', reference: 'SEPA-2026-12-0042' },
    });

    const r = await createReseller(master.client, {
      name: 'Cloud Nine Hosting',
      cpHost: resellerHost('a11y'),
      adminLogin: 'nine-admin',
    });
    reseller = { admin: r.admin, url: panelAt(e2e.url, r.cpHost) };
    seeded.resellerId = r.id;
    await createEndUser(master.client, { login: 'nine-customer', resellerId: r.id });
  }, 60_000);

  afterAll(() => {
    // Everything found, for people and tools: grouped by rule, then page; and as JSON.
    fs.mkdirSync(artifactsDir, { recursive: true });
    fs.writeFileSync(path.join(artifactsDir, 'accessibility-findings.json'), JSON.stringify(findings, null, 2));
    const report = reportByRule(findings);
    fs.writeFileSync(path.join(artifactsDir, 'accessibility-report.txt'), report);
    if (findings.length) console.log(`axe found (e2e/artifacts/accessibility-report.txt):\n${report}`);
  });

  describe('signed out', () => {
    let s: Session;
    beforeAll(async () => {
      s = await e2e.newSession();
    });
    afterAll(async () => {
      await s?.context.close();
      await setCompanyLanguage(master.client, 'EN');
    });

    it('catches what it must: an unlabelled field and faint text put into the login page fail the test', async () => {
      await new LoginPage(s.page).open();
      // Through the DOM and CSSOM, as an inline style attribute would be a CSP violation of its own.
      await s.page.locator(tid('page-login')).evaluate((root) => {
        const canary = document.createElement('div');
        canary.append(
          document.createElement('input'),
          Object.assign(document.createElement('p'), { textContent: 'faint' }),
        );
        (canary.lastChild as HTMLElement).style.color = '#eeeeee';
        root.append(canary);
      });
      const found = located(await runAxe(s.page), {
        page: 'visitor/canary',
        language: 'EN',
        viewport: 'desktop',
        variant: SIGNED_OUT,
        url: s.page.url(),
      });
      expect(found.filter(failing).map((f) => f.rule)).toEqual(expect.arrayContaining(['label', 'color-contrast']));
      expect(() => expectNone(found.filter(failing))).toThrow(/label: Form elements must have labels/);
    });

    for (const language of LANGUAGES) {
      it(`login and signup pages, ${language}, phone and desktop`, async () => {
        auditRuns += 1;
        await setCompanyLanguage(master.client, language);
        const failures: Finding[] = [];
        for (const viewport of VIEWPORTS) {
          await s.page.setViewportSize(viewport);
          const where = { language, viewport, origin: e2e.url };
          failures.push(...(await audit(e2e, s.page, page('visitor/login', 'login', '/login'), where)));
          failures.push(
            ...(await audit(
              e2e,
              s.page,
              page('visitor/signup', 'signup', '/signup', `${tid('signup-plan')}, ${tid('signup-no-plans')}`),
              where,
            )),
          );
          expect(await new SignupPage(s.page).plans.count(), 'plan cards on the signup page').toBeGreaterThan(0);
        }
        expectNone(failures);
      }, 60_000);
    }
  });

  const roles: Role[] = [
    {
      name: 'end-user',
      credentials: () => customer,
      origin: () => e2e.url,
      details: () => [
        page('end-user/domain-dns', 'domain', `/domains/${seeded.domainId}`, tid('dns-record-row')),
        page('end-user/invoice', 'invoice', `/invoices/${seeded.invoiceId}`),
      ],
      variants: ALL_VARIANTS,
    },
    {
      name: 'master',
      credentials: () => master,
      origin: () => e2e.url,
      details: () => [
        page('master/user', 'user-detail', `/admin/users/${seeded.customerId}`),
        page('master/account-billing', 'account-billing', `/admin/accounts/${seeded.accountId}/billing`),
        page(
          'master/user-databases',
          'databases',
          `/admin/users/${seeded.customerId}/accounts/${seeded.accountId}/databases`,
          tid('mysql-db-row'),
        ),
        page('master/invoice', 'invoice', `/admin/invoices/${seeded.invoiceId}`),
        page('master/plan', 'plan-edit', `/admin/plans/${seeded.planId}`),
        page('master/reseller', 'reseller', `/admin/resellers/${seeded.resellerId}`),
      ],
      variants: ALL_VARIANTS,
    },
    {
      name: 'reseller-admin',
      credentials: () => reseller.admin,
      origin: () => reseller.url,
      details: () => [],
      variants: FULL_VARIANTS,
    },
  ];

  for (const role of roles) {
    describe(`as ${role.name}`, () => {
      let s: Session;
      /** Home, then every page the role's navigation links to, then the detail pages. */
      let targets: Target[] = [];
      beforeAll(async () => {
        s = await e2e.newSession();
        if (role.origin() === e2e.url) await signIn(s.page, role.credentials());
        else {
          const login = new LoginPage(s.page);
          await login.open(role.origin());
          await login.signIn(role.credentials());
        }
        targets = [page(`${role.name}/home`, 'home', '/'), ...(await navPages(s.page, role)), ...role.details()];
      });
      afterAll(() => s?.context.close());

      it('finds the pages to audit in the navigation', () => {
        const keys = targets.map((t) => t.key);
        // A few every role of its kind has: the list did not come out empty or cut short.
        const expected = {
          'end-user': ['domains', 'invoices', 'preferences'],
          master: ['users', 'accounts', 'admin-payments', 'physical-servers', 'tasks', 'settings'],
          'reseller-admin': ['users', 'accounts', 'admin-invoices', 'settings'],
        }[role.name];
        expect(keys).toEqual(expect.arrayContaining(expected.map((id) => `${role.name}/${id}`)));
      });

      for (const [v, variant] of role.variants.entries()) {
        it(`${variantLabel(variant)}: every page in EN or DE on the phone or the desktop, in turn; home in all four`, async () => {
          const failures: Finding[] = [];
          auditRuns += 1;
          for (const language of LANGUAGES) {
            await setPreferences(s.page, { language, ...variant });
            const visits = targets.flatMap((target, j) => {
              const home = j === 0;
              const viewports = home ? VIEWPORTS : [comboOf(v, j).viewport];
              return home || comboOf(v, j).language === language
                ? viewports.map((viewport) => ({ target, viewport }))
                : [];
            });
            // Loaded once with the new preferences, then from page to page inside the app.
            for (const [i, { target, viewport }] of visits.entries()) {
              const where = { language, viewport, variant, origin: role.origin() };
              failures.push(...(await audit(e2e, s.page, target, where, i === 0 ? 'load' : 'in-app')));
            }
          }
          expectNone(failures);
        }, 240_000);
      }
    });
  }

  it('the allow-list names only violations still found (remove an entry once fixed)', ({ skip }) => {
    // Only meaningful after the whole matrix: a filtered run (-t) sees fewer languages and viewports.
    const expectedRuns = LANGUAGES.length + roles.reduce((n, r) => n + r.variants.length, 0);
    if (auditRuns < expectedRuns) skip(`only ${auditRuns} of ${expectedRuns} audit tests ran`);
    const stale = KNOWN.flatMap((k) =>
      k.pages
        .filter((p) => audited.has(p) && !findings.some((f) => f.rule === k.rule && f.page === p && failing(f)))
        .map((p) => `${k.rule} on ${p}`),
    );
    expect(stale, 'KNOWN entries that match no violation any more').toEqual([]);
  });
});
