import { describe, expect, it } from 'vitest';
import { Layout } from '../pages/layout.page';
import { LoginPage } from '../pages/login.page';
import { SetupPage } from '../pages/setup.page';
import { useE2E } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { textOf } from '../support/tid';

describe.skipIf(skipReason)('first-run setup', () => {
  const e2e = useE2E();
  const form = {
    companyName: 'Sunrise Hosting',
    login: 'chief',
    email: 'chief@sunrise.example',
    password: 'chief-secret-1',
  };

  it('opens on a fresh database, rejects a bad login, then signs the master admin in', async () => {
    const { page } = await e2e.newSession();
    await page.goto('/');
    const setup = new SetupPage(page);
    await setup.root.waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/setup');

    await setup.submitForm({ ...form, login: 'ab' });
    await setup.fieldError('login').waitFor();
    expect(await textOf(setup.fieldError('login'))).not.toBe('');
    expect(await setup.root.isVisible()).toBe(true);

    await setup.submitForm(form);
    const layout = new Layout(page);
    await layout.pageRoot('home').waitFor();
    expect(await textOf(layout.viewerLogin)).toContain(form.login);
    expect(await textOf(layout.companyName)).toContain(form.companyName);
    // The master admin's navigation includes the resellers page, which only the master admin has.
    expect(await layout.renderedNavLinks(['resellers'])).toEqual(['resellers']);

    await page.reload();
    await layout.pageRoot('home').waitFor();
    expect(await textOf(layout.viewerLogin)).toContain(form.login);
    await page.context().close();
  });

  it('is not offered again once done: a new visitor gets the login page', async () => {
    const { page } = await e2e.newSession();
    await page.goto('/');
    await new LoginPage(page).root.waitFor();
    await page.goto('/setup');
    await new LoginPage(page).root.waitFor();
    expect(await new SetupPage(page).root.count()).toBe(0);
  });
});
