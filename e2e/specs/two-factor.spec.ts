import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LoginPage } from '../pages/login.page';
import { AdminsTwoFactorSwitch, SecondFactorStep, SecurityPage } from '../pages/security.page';
import { createEndUser, createReseller, setupMasterAdmin, type MasterAdmin } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { panelAt, resellerHost } from '../support/hosts';
import { skipReason } from '../support/prerequisites';
import { textOf, tid } from '../support/tid';

/** The code an authenticator app shows `steps` thirty-second steps from now. */
const codeAt = (secret: string, steps = 0): Promise<string> =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

/** Opens `path` on the host the page is on. */
const go = (page: Page, path: string) => page.goto(new URL(path, page.url()).href);

/** Signs in with the password and answers the second step the sign-in page shows next. */
async function passwordThenSecondStep(page: Page, base: string, who: { login: string; password: string }) {
  const login = new LoginPage(page);
  await login.open(base);
  await login.attempt(who);
  const step = new SecondFactorStep(page);
  await step.root.waitFor();
  return step;
}

// Passkeys need a secure context and a domain for their relying party: the panel is opened as
// http://localhost:<port>, and PUBLIC_URL names that origin (the RP ID comes from configuration).
describe.skipIf(skipReason)('two-factor sign-in', () => {
  const e2e = useE2E({ env: { PUBLIC_URL: 'http://localhost:{port}' } });
  let local: string;
  let admin: MasterAdmin;

  beforeAll(async () => {
    local = panelAt(e2e.url, 'localhost');
    admin = await setupMasterAdmin(e2e.url);
  });

  it('enrols an authenticator app from the QR page, shows the recovery codes once, and signs in with a code', async () => {
    const user = await createEndUser(admin.client, { login: 'tina' });
    const s: Session = await e2e.newSession();
    const login = new LoginPage(s.page);
    await login.open(local);
    const layout = await login.signIn(user);

    const security = new SecurityPage(s.page);
    await security.open();
    const secret = await security.startTotp();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await security.totpQr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await e2e.screenshot(s.page, 'two-factor 1 totp enrolment');

    // A wrong code: an error under the field, nothing set up.
    const right = await codeAt(secret, -1);
    await security.confirmTotp(right === '000000' ? '111111' : '000000');
    expect(await textOf(security.fieldError('code'))).toMatch(/not the code your app shows/);
    await e2e.screenshot(s.page, 'two-factor 2 wrong code');

    await security.confirmTotp(right);
    await security.recoveryCodes.first().waitFor();
    await e2e.screenshot(s.page, 'two-factor 3 recovery codes');
    const codes = await security.takeRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(await textOf(security.recoveryCodesLeft)).toContain('10');

    // Signing in again: the password, then the code of the app.
    await layout.logout();
    const step = await passwordThenSecondStep(s.page, local, user);
    await e2e.screenshot(s.page, 'two-factor 4 second step');
    await step.code.fill(await codeAt(secret));
    await step.submit.click();
    await layout.pageRoot('home').waitFor();
    expect(await textOf(layout.viewerLogin)).toContain(user.login);

    // And with a recovery code instead.
    await layout.logout();
    const again = await passwordThenSecondStep(s.page, local, user);
    await again.useRecovery.click();
    await again.code.fill(codes[0]!);
    await again.submit.click();
    await layout.pageRoot('home').waitFor();
  });

  it('adds a passkey with Chromium’s virtual authenticator and signs in with it', async () => {
    const user = await createEndUser(admin.client, { login: 'pia' });
    const s = await e2e.newSession();
    // A platform authenticator that verifies the user and answers by itself.
    const cdp = await s.context.newCDPSession(s.page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });

    const login = new LoginPage(s.page);
    await login.open(local);
    const layout = await login.signIn(user);
    const security = new SecurityPage(s.page);
    await security.open();
    await security.addPasskey('Work laptop');
    expect(await security.passkeys.allInnerTexts()).toEqual(['Work laptop']);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]!.rpId).toBe('localhost');
    const registeredCount = credentials[0]!.signCount;
    await e2e.screenshot(s.page, 'two-factor 5 passkey added');

    await layout.logout();
    const step = await passwordThenSecondStep(s.page, local, user);
    await step.passkey.waitFor();
    await e2e.screenshot(s.page, 'two-factor 6 passkey step');
    await step.passkey.click();
    await layout.pageRoot('home').waitFor();
    expect(await textOf(layout.viewerLogin)).toContain(user.login);
    // The authenticator signed once more.
    const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(after.credentials[0]!.signCount).toBe(registeredCount + 1);

    // Pia lost the device: the master turns her second factors off from her user page.
    const m = await e2e.newSession();
    await new LoginPage(m.page).open(local);
    await new LoginPage(m.page).signIn(admin);
    await go(m.page, `/admin/users/${user.id}`);
    const state = m.page.locator(tid('user-two-factor-state'));
    expect(await textOf(state)).toContain('signs in with a second factor');
    await m.page.locator(tid('user-two-factor-reset')).click();
    await m.page.locator(tid('user-two-factor-reset-confirm')).click();
    await state.filter({ hasText: 'password alone' }).waitFor();
    await e2e.screenshot(m.page, 'two-factor 9 admin reset');
    // Her password alone signs her in again.
    await layout.logout();
    await new LoginPage(s.page).open(local);
    await new LoginPage(s.page).signIn(user);
  });

  it('a company’s policy sends an admin without a second factor to set one up, and nowhere else', async () => {
    const cpHost = resellerHost('cp2fa');
    const reseller = await createReseller(admin.client, { name: 'Blue Hosting', cpHost, adminLogin: 'blueadmin' });
    const base = panelAt(e2e.url, cpHost);
    const s = await e2e.newSession();
    const login = new LoginPage(s.page);
    await login.open(base);
    const layout = await login.signIn(reseller.admin);

    // The admin sets up an app first (the switch needs it), then requires it of the company's admins.
    const security = new SecurityPage(s.page);
    await security.open();
    const secret = await security.startTotp();
    await security.confirmTotp(await codeAt(secret));
    await security.takeRecoveryCodes();
    await go(s.page, '/admin/settings');
    const policy = new AdminsTwoFactorSwitch(s.page);
    await policy.checkbox.click();
    await policy.state.filter({ hasText: 'must use two-factor' }).waitFor();
    expect(await policy.checkbox.isChecked()).toBe(true);
    await e2e.screenshot(s.page, 'two-factor 7 policy on');

    // Turning the app off leaves them without a second factor: held on the Security page.
    await security.open();
    await security.disableTotp(reseller.admin.password);
    await security.enrolmentRequired.waitFor();
    await go(s.page, '/admin/users');
    await security.enrolmentRequired.waitFor();
    expect(new URL(s.page.url()).pathname).toBe('/security');
    await e2e.screenshot(s.page, 'two-factor 8 enrolment required');

    // Signing in again lands there too.
    await layout.logout();
    await login.open(base);
    await login.attempt(reseller.admin);
    await security.enrolmentRequired.waitFor();

    // Setting up the app again lets them on.
    const next = await security.startTotp();
    await security.confirmTotp(await codeAt(next));
    await security.takeRecoveryCodes();
    await go(s.page, '/admin/users');
    await layout.pageRoot('users').waitFor();
  });
});
