import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { textOf, tid } from '../support/tid';

/** Two-factor sign-in (/security): the authenticator app, recovery codes, passkeys. */
export class SecurityPage {
  readonly root: Locator;
  readonly enrolmentRequired: Locator;
  readonly totpStart: Locator;
  readonly totpSecret: Locator;
  readonly totpQr: Locator;
  readonly totpCode: Locator;
  readonly totpConfirm: Locator;
  readonly totpOn: Locator;
  readonly recoveryCodes: Locator;
  readonly recoveryCodesLeft: Locator;
  readonly passkeys: Locator;
  readonly passkeyName: Locator;
  readonly passkeyAdd: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-security'));
    this.enrolmentRequired = page.locator(tid('security-enrolment-required'));
    this.totpStart = page.locator(tid('totp-start'));
    this.totpSecret = page.locator(tid('totp-secret'));
    this.totpQr = page.locator(tid('totp-qr'));
    this.totpCode = page.locator(tid('totp-code'));
    this.totpConfirm = page.locator(tid('totp-confirm'));
    this.totpOn = page.locator(tid('totp-on'));
    this.recoveryCodes = page.locator(tid('recovery-code'));
    this.recoveryCodesLeft = page.locator(tid('recovery-codes-left'));
    this.passkeys = page.locator(tid('passkey-name'));
    this.passkeyName = page.locator(tid('passkey-name-input'));
    this.passkeyAdd = page.locator(tid('passkey-add'));
    this.notice = page.locator(tid('notice'));
  }

  /** Opens /security on the host the page is on (the panel of the signed-in company). */
  async open(): Promise<void> {
    await this.page.goto(new URL('/security', this.page.url()).href);
    await this.root.waitFor();
  }

  /** Starts setting up the app; answers the secret it shows (beside the QR code). */
  async startTotp(): Promise<string> {
    await this.totpStart.click();
    await this.totpQr.waitFor();
    return textOf(this.totpSecret);
  }

  /** Gives a code to confirm the app and waits for the server's answer. */
  async confirmTotp(code: string): Promise<void> {
    await this.totpCode.fill(code);
    await afterMutation(this.page, 'confirmTotpEnrolment', () => this.totpConfirm.click());
  }

  /** The recovery codes shown once, then closes them. */
  async takeRecoveryCodes(): Promise<string[]> {
    await this.recoveryCodes.first().waitFor();
    const codes = (await this.recoveryCodes.allInnerTexts()).map((c) => c.trim());
    await this.page.locator(tid('recovery-codes-done')).click();
    await this.totpOn.waitFor();
    return codes;
  }

  /** Turns the app off with the password. */
  async disableTotp(password: string): Promise<void> {
    await this.page.locator(tid('totp-disable-password')).fill(password);
    await afterMutation(this.page, 'disableTotp', () => this.page.locator(tid('totp-disable-submit')).click());
  }

  /** Adds a passkey through the browser's WebAuthn (a virtual authenticator in tests) and waits for it in the list. */
  async addPasskey(name: string): Promise<void> {
    await this.passkeyName.fill(name);
    await afterMutation(this.page, 'finishPasskeyRegistration', () => this.passkeyAdd.click());
    await this.passkeys.filter({ hasText: name }).waitFor();
  }

  /** The error shown under the input of API field `name`. */
  fieldError(name: string): Locator {
    return this.page.locator(tid(`error-${name}`));
  }
}

/** The sign-in page's second step (after the password, for a login with two-factor sign-in). */
export class SecondFactorStep {
  readonly root: Locator;
  readonly code: Locator;
  readonly submit: Locator;
  readonly passkey: Locator;
  readonly useRecovery: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('second-factor'));
    this.code = page.locator(tid('second-factor-code'));
    this.submit = page.locator(tid('second-factor-submit'));
    this.passkey = page.locator(tid('second-factor-passkey'));
    this.useRecovery = page.locator(tid('second-factor-use-recovery'));
  }
}

/** Admin settings: the "require two-factor sign-in of admins" switch. */
export class AdminsTwoFactorSwitch {
  readonly checkbox: Locator;
  readonly state: Locator;

  constructor(readonly page: Page) {
    this.checkbox = page.locator(tid('admins-two-factor-required'));
    this.state = page.locator(tid('admins-two-factor-state'));
  }
}
