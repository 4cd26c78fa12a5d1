import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * axe-core (Deque's accessibility rules engine) run inside the page.
 *
 * The panel's Content-Security-Policy allows no inline script, so axe is not injected as a <script>
 * tag: its source is evaluated through the DevTools protocol (playwright's `page.evaluate`), which the
 * CSP does not govern. It comes from node_modules (a devDependency of e2e): nothing is fetched at run time.
 */
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA, and Deque's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

/** Impacts a test fails on. `minor` ones are only printed. */
export const FAILING_IMPACTS: readonly Impact[] = ['moderate', 'serious', 'critical'];

/** One rule that failed on a page, with the elements it failed on. */
export interface Violation {
  rule: string;
  impact: Impact;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** What axe's own result objects carry that we read (the page returns only these, as plain JSON). */
interface AxeResult {
  id: string;
  impact?: Impact | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string; impact?: Impact | null }[];
}

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 3)}...` : s);

/** Loads axe into the page once (a navigation drops it; the next call loads it again). */
async function ensureAxe(page: Page): Promise<void> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
}

/**
 * Runs axe on the whole document with the WCAG 2.x A/AA and best-practice rules; resolves with every
 * violation, whatever its impact.
 */
export async function runAxe(page: Page): Promise<Violation[]> {
  await ensureAxe(page);
  const results = await page.evaluate(
    async (tags) => {
      const axe = (
        window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }
      ).axe;
      const r = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        // The panel has no frames of its own; a frame's content would be another document's audit.
        iframes: false,
      });
      return JSON.parse(JSON.stringify(r.violations)) as unknown;
    },
    AXE_TAGS as unknown as string[],
  );
  return (results as AxeResult[]).map((v) => ({
    rule: v.id,
    impact: v.impact ?? 'minor',
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' '),
      html: clip(n.html, 160),
      summary: clip((n.failureSummary ?? '').replace(/\s+/g, ' ').trim(), 240),
    })),
  }));
}

/** Whether a violation is one a test fails on. */
export const failing = (v: Violation): boolean => FAILING_IMPACTS.includes(v.impact);

/** A violation for people: rule, impact, what to do, the elements (at most `maxNodes`). */
export function formatViolation(v: Violation, maxNodes = 5): string {
  const lines = [`[${v.impact}] ${v.rule}: ${v.help} (${v.helpUrl})`];
  for (const n of v.nodes.slice(0, maxNodes)) {
    lines.push(`    at ${n.target}`);
    lines.push(`       ${n.html}`);
    if (n.summary) lines.push(`       ${n.summary}`);
  }
  if (v.nodes.length > maxNodes) lines.push(`    ... and ${v.nodes.length - maxNodes} more`);
  return lines.join('\n');
}
