import { beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { signIn } from '../pages/login.page';
import { createEndUser, setupMasterAdmin, type SeededUser } from '../support/api';
import { useE2E } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { tid } from '../support/tid';

/**
 * The API explorer (issue 20): GraphiQL served by the panel itself, for every signed-in role. It runs
 * a query with the session, shows the schema's documentation, and nothing it loads leaves the panel's
 * origin (the machines that run a panel may have no internet); the CSP stays unviolated (the harness
 * fails a test on any violation).
 */
const QUERY = '{ viewer { role user { login } } }';

describe.skipIf(skipReason)('API explorer', () => {
  const e2e = useE2E();
  let user: SeededUser;

  beforeAll(async () => {
    const admin = await setupMasterAdmin(e2e.url);
    user = await createEndUser(admin.client, { login: 'scripter' });
  });

  it('an end user runs { viewer } as themselves, reads the docs, and every request stays on the panel', async () => {
    const s = await e2e.newSession();
    const requests: Request[] = [];
    s.page.on('request', (r) => requests.push(r));
    const layout = await signIn(s.page, user);
    await layout.navigate('explorer');
    const explorer = s.page.locator(tid('explorer'));
    const editor = explorer.locator('.graphiql-query-editor .CodeMirror');
    await editor.waitFor();

    // Our own query in place of the example (through CodeMirror itself: typed keys get auto-closed brackets).
    await editor.evaluate(
      (el, q) => (el as unknown as { CodeMirror: { setValue(v: string): void } }).CodeMirror.setValue(q),
      QUERY,
    );
    await explorer.locator('.graphiql-execute-button').click();
    const response = explorer.locator('.result-window');
    await expect.poll(() => response.innerText(), { timeout: 10_000 }).toContain('"login": "scripter"');
    expect(await response.innerText()).toContain('"role": "END_USER"');

    // The schema's documentation, from introspection.
    await explorer.locator('[aria-label="Show Documentation Explorer"]').click();
    const docs = explorer.locator('.graphiql-doc-explorer');
    await docs.waitFor();
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('viewer', { exact: true }).first().waitFor();
    expect(await docs.innerText()).toContain('The signed-in user, or null.');
    await e2e.screenshot(s.page, 'api-explorer');

    const origin = new URL(e2e.url).origin;
    const foreign = requests.map((r) => r.url()).filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    // GraphiQL's own code and styles came from the panel's lazily loaded chunk.
    expect(requests.some((r) => /\/assets\/explorer-vendor-[\w-]+\.js$/.test(r.url()))).toBe(true);
    expect(requests.some((r) => /\/assets\/explorer-[\w-]+\.css$/.test(r.url()))).toBe(true);
  });

  it('the main page does not load the explorer', async () => {
    const s = await e2e.newSession();
    const loaded: string[] = [];
    s.page.on('request', (r) => loaded.push(r.url()));
    await signIn(s.page, user);
    expect(loaded.filter((u) => u.includes('explorer'))).toEqual([]);
  });
});
