import { beforeAll, describe, expect, it } from 'vitest';
import { Layout } from '../pages/layout.page';
import { LoginPage } from '../pages/login.page';
import { PasswordPage } from '../pages/self.page';
import { setupMasterAdmin, type MasterAdmin } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { textOf } from '../support/tid';

describe.skipIf(skipReason)('sign in and out', () => {
  const e2e = useE2E();
  let admin: MasterAdmin;
  let s: Session;

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    s = await e2e.newSession();
  });

  it('sends a visitor without a session to the login page and signs in', async () => {
    await s.page.goto('/');
    const login = new LoginPage(s.page);
    await login.login.waitFor();
    // The master's panel names the product under the form (its choice, on by default) and itself in the title.
    expect(await textOf(s.page.locator('[data-test-id="product-credit"]'))).toBe('Heliosphere');
    expect(await s.page.title()).toMatch(/^Sign in · /);
    const layout = await login.signIn(admin);
    expect(await textOf(layout.viewerLogin)).toContain(admin.login);
  });

  it('logs out, refuses a wrong password, accepts the right one', async () => {
    const layout = new Layout(s.page);
    await layout.logout();
    // The session is gone, not just hidden: a signed-in page sends us back to the login page.
    await s.page.goto('/account');
    const login = new LoginPage(s.page);
    await login.root.waitFor();

    await login.attempt({ login: admin.login, password: 'not-the-password' });
    await login.formError.waitFor();
    expect(await textOf(login.formError)).not.toBe('');
    expect(await layout.viewerLogin.count()).toBe(0);

    await login.signIn(admin);
    expect(await textOf(layout.viewerLogin)).toContain(admin.login);
  });

  it('changes the own password: the old one stops working, the new one signs in', async () => {
    const layout = new Layout(s.page);
    await layout.navigate('password');
    const pw = new PasswordPage(s.page);
    const newPassword = 'brand-new-secret-2';
    await pw.change(admin.password, newPassword);

    await layout.logout();
    const login = new LoginPage(s.page);
    await login.attempt(admin);
    await login.formError.waitFor();
    await login.signIn({ login: admin.login, password: newPassword });
    expect(await textOf(layout.viewerLogin)).toContain(admin.login);
  });
});
