import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { RunnerTestCase } from 'vitest';
import { launchBrowser } from './browser';
import { artifactsDir } from './prerequisites';
import { startPanelServer, type PanelServer } from './server';

/** One signed-in (or not) browser: its own cookies, one page. */
export interface Session {
  context: BrowserContext;
  page: Page;
}

export interface E2E {
  /** Base URL of this spec file's server. */
  readonly url: string;
  /** A fresh browser context (no cookies) with one page on the panel's origin. */
  newSession(): Promise<Session>;
  /** Saves a screenshot under e2e/artifacts/ (kept on success too); returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  /**
   * Content-Security-Policy violations Chromium reported in any session since the last call (or the
   * test's start), and forgets them. Any left at a test's end fail that test.
   */
  takeCspViolations(): string[];
}

/** Chromium reports every blocked script, style, frame or form target on the console, from frames too. */
const isCspViolation = (text: string): boolean => /Content Security Policy/i.test(text);

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);

function fullName(task: RunnerTestCase): string {
  const names = [task.name];
  for (let s = task.suite; s; s = s.suite) if (s.name) names.unshift(s.name);
  return names.join(' ');
}

/**
 * Per spec file: its own server (fresh database, settings from `options.env` on top of the defaults)
 * and Chromium, shut down afterwards.
 * A failing test leaves a screenshot, the page's HTML, its console and the server log in e2e/artifacts/.
 */
export function useE2E(options: { env?: Record<string, string> } = {}): E2E {
  let server: PanelServer | undefined;
  let browser: Browser | undefined;
  const sessions: (Session & { log: string[] })[] = [];
  let cspViolations: string[] = [];

  beforeAll(async () => {
    server = await startPanelServer(options.env);
    browser = await launchBrowser();
  });

  afterEach(async ({ task }) => {
    const violations = cspViolations;
    cspViolations = [];
    if (task.result?.state !== 'fail' && violations.length === 0) return;
    fs.mkdirSync(artifactsDir, { recursive: true });
    const base = path.join(artifactsDir, slug(fullName(task)));
    const open = sessions.filter((s) => !s.page.isClosed());
    for (const [i, s] of open.entries()) {
      const file = open.length > 1 ? `${base}-${i + 1}` : base;
      await s.page.screenshot({ path: `${file}.png`, fullPage: true }).catch(() => undefined);
      const html = await s.page.content().catch((e: Error) => `<!-- page.content() failed: ${e.message} -->`);
      fs.writeFileSync(`${file}.html`, `<!-- ${s.page.url()} -->\n${html}`);
      fs.writeFileSync(`${file}.console.txt`, s.log.join('\n'));
    }
    if (server) fs.writeFileSync(`${base}.server.txt`, server.output());
    if (violations.length) throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  return {
    get url() {
      if (!server) throw new Error('server not started (useE2E() hooks have not run)');
      return server.url;
    },
    async newSession() {
      if (!browser || !server) throw new Error('browser not started (useE2E() hooks have not run)');
      const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 } });
      context.setDefaultTimeout(10_000);
      context.setDefaultNavigationTimeout(15_000);
      const page = await context.newPage();
      const log: string[] = [];
      page.on('console', (m) => {
        log.push(`[${m.type()}] ${m.text()}`);
        if (isCspViolation(m.text())) cspViolations.push(`${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => log.push(`[pageerror] ${e.message}`));
      page.on('requestfailed', (r) =>
        log.push(`[requestfailed] ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`),
      );
      sessions.push({ context, page, log });
      return { context, page };
    },
    takeCspViolations() {
      const taken = cspViolations;
      cspViolations = [];
      return taken;
    },
    async screenshot(page, name) {
      fs.mkdirSync(artifactsDir, { recursive: true });
      const file = path.join(artifactsDir, `${slug(name)}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
  };
}
