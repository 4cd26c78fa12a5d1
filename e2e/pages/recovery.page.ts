import type { Locator, Page } from 'playwright-core';
import { tid } from '../support/tid';

/** "Forgot your password?" (/forgot-password). */
export class ForgotPasswordPage {
  readonly root: Locator;
  readonly login: Locator;
  readonly submit: Locator;
  readonly sent: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-forgot-password'));
    this.login = page.locator(tid('forgot-login'));
    this.submit = page.locator(tid('forgot-submit'));
    this.sent = page.locator(tid('forgot-sent'));
  }

  async request(loginOrEmail: string): Promise<void> {
    await this.root.waitFor();
    await this.login.fill(loginOrEmail);
    await this.submit.click();
    await this.sent.waitFor();
  }
}

/** Where a reset link lands (/reset-password?token=…). */
export class ResetPasswordPage {
  readonly root: Locator;
  readonly newPassword: Locator;
  readonly confirm: Locator;
  readonly submit: Locator;
  readonly done: Locator;
  readonly signIn: Locator;
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-reset-password'));
    this.newPassword = page.locator(tid('reset-new'));
    this.confirm = page.locator(tid('reset-confirm'));
    this.submit = page.locator(tid('reset-submit'));
    this.done = page.locator(tid('reset-done'));
    this.signIn = page.locator(tid('reset-login'));
    this.formError = page.locator(tid('form-error'));
  }

  /** The message under a field (the Field component's `error-<name>`). */
  fieldError(field: 'newPassword' | 'confirm'): Locator {
    return this.page.locator(tid(`error-${field}`));
  }

  async fill(newPassword: string, confirm = newPassword): Promise<void> {
    await this.newPassword.fill(newPassword);
    await this.confirm.fill(confirm);
    await this.submit.click();
  }
}
