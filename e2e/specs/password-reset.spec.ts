import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Layout } from '../pages/layout.page';
import { LoginPage, signIn } from '../pages/login.page';
import { ForgotPasswordPage, ResetPasswordPage } from '../pages/recovery.page';
import { createEndUser, setupMasterAdmin, type SeededUser } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { startMailSink } from '../support/mail-sink';
import { skipReason } from '../support/prerequisites';
import { textOf, tid } from '../support/tid';

// The panel delivers its mail to this sink over SMTP, as it would to the provider's relay.
const sink = await startMailSink();
afterAll(() => sink.close());

/**
 * Password recovery (issue 20): "Forgot your password?" on the sign-in page mails a single-use link;
 * it sets a new password, signs out the session the user had elsewhere, and the new password signs in.
 */
describe.skipIf(skipReason)('password recovery', () => {
  const e2e = useE2E({ env: { SMTP_URL: sink.url, MAIL_SEND_SECONDS: '0.3' } });
  let user: SeededUser;
  let elsewhere: Session;
  let s: Session;

  beforeAll(async () => {
    const admin = await setupMasterAdmin(e2e.url);
    user = await createEndUser(admin.client, { login: 'forgetful' });
    // Signed in on another computer: this session must not survive the reset.
    elsewhere = await e2e.newSession();
    await signIn(elsewhere.page, user);
    s = await e2e.newSession();
  });

  it('forgot password → mail → link → new password; the old session is gone; the new password signs in', async () => {
    const login = new LoginPage(s.page);
    await login.open();
    await s.page.locator(tid('login-forgot')).click();
    const forgot = new ForgotPasswordPage(s.page);
    const before = sink.mails.length;
    await forgot.request('forgetful');
    expect(await textOf(forgot.sent)).toMatch(/^If a login with this name or address exists here/);
    await e2e.screenshot(s.page, 'password-reset-requested');

    const mail = await sink.next(user.email, { after: before });
    expect(mail.subject).toBe('Sunrise Hosting: reset your password');
    const link = /http:\/\/\S+\/reset-password\?token=[\w-]{43}/.exec(mail.body)?.[0];
    expect(link, mail.body).toBeDefined();
    expect(new URL(link!).origin).toBe(new URL(e2e.url).origin);

    await s.page.goto(link!);
    const reset = new ResetPasswordPage(s.page);
    await reset.root.waitFor();
    // The token leaves the address bar at once.
    await s.page.waitForURL((url) => url.pathname === '/reset-password' && !url.search.includes('token'));
    // The panel's rules, under the field; nothing is changed.
    await reset.fill('short');
    await reset.fieldError('newPassword').waitFor();
    expect(await textOf(reset.fieldError('newPassword'))).toBe('must be at least 8 characters');
    await e2e.screenshot(s.page, 'password-reset-rules');

    const newPassword = 'remembered-at-last-7';
    await reset.fill(newPassword);
    await reset.done.waitFor();
    await e2e.screenshot(s.page, 'password-reset-done');

    // The session on the other computer is signed out: its next page is the sign-in page.
    await elsewhere.page.reload();
    await new LoginPage(elsewhere.page).root.waitFor();

    // The old password no longer works; the new one does.
    await reset.signIn.click();
    await login.root.waitFor();
    await login.attempt(user);
    await login.formError.waitFor();
    const layout = await login.signIn({ login: user.login, password: newPassword });
    expect(await textOf(layout.viewerLogin)).toContain(user.login);
    // The user is told of the change.
    const told = await sink.next(user.email, { after: sink.mails.indexOf(mail) + 1 });
    expect(told.subject).toBe('Sunrise Hosting: your password was changed');
  });

  it('a used link says so, and leads to asking for a new one', async () => {
    const used = sink.mails.find((m) => m.subject.endsWith('reset your password'))!;
    const link = /http:\/\/\S+\/reset-password\?token=[\w-]{43}/.exec(used.body)![0];
    const other = await e2e.newSession();
    await other.page.goto(link);
    const reset = new ResetPasswordPage(other.page);
    await reset.fill('yet-another-pass-8');
    await reset.formError.waitFor();
    expect(await textOf(reset.formError)).toContain('this link is invalid, already used or expired');
    await other.page.locator(tid('reset-new-link')).click();
    await new ForgotPasswordPage(other.page).root.waitFor();
    await e2e.screenshot(other.page, 'password-reset-used-link');
    expect(await new Layout(other.page).viewerLogin.count()).toBe(0);
  });
});

describe.skipIf(skipReason)('e-mail verification', () => {
  const e2e = useE2E({ env: { SMTP_URL: sink.url, MAIL_SEND_SECONDS: '0.3' } });
  let user: SeededUser;

  beforeAll(async () => {
    const admin = await setupMasterAdmin(e2e.url);
    user = await createEndUser(admin.client, { login: 'mover' });
  });

  it('a changed address shows the banner until the link mailed to it is opened', async () => {
    const s = await e2e.newSession();
    const layout = await signIn(s.page, user);
    // Created by an admin: verified, no banner.
    expect(await s.page.locator(tid('verify-banner')).count()).toBe(0);
    await layout.navigate('email');
    await s.page.locator(tid('email-new')).fill('mover@new-home.example');
    await s.page.locator(tid('email-password')).fill('wrong-password');
    await s.page.locator(tid('email-submit')).click();
    await s.page.locator(tid('error-currentPassword')).waitFor();
    const before = sink.mails.length;
    await s.page.locator(tid('email-password')).fill(user.password);
    await s.page.locator(tid('email-submit')).click();
    await s.page.locator(tid('notice')).waitFor();
    const banner = s.page.locator(tid('verify-banner'));
    await banner.waitFor();
    expect(await textOf(banner)).toContain('mover@new-home.example');
    await e2e.screenshot(s.page, 'email-verification-banner');

    const mail = await sink.next('mover@new-home.example', { after: before });
    const link = /http:\/\/\S+\/verify-email\?token=[\w-]{43}/.exec(mail.body)![0];
    await s.page.goto(link);
    await s.page.locator(tid('verify-done')).waitFor();
    await e2e.screenshot(s.page, 'email-verified');
    await s.page.locator(tid('verify-continue')).click();
    await layout.pageRoot('home').waitFor();
    expect(await banner.count()).toBe(0);
  });
});
