import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { tid } from '../support/tid';
import { Layout, type Language, type Skin } from './layout.page';

/** The active account (/account). */
export class AccountPage {
  readonly root: Locator;
  readonly id: Locator;
  readonly name: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-account'));
    this.id = page.locator(tid('account-id'));
    this.name = page.locator(tid('account-name'));
    this.status = page.locator(tid('account-status'));
  }
}

/** Change your own password (/password). */
export class PasswordPage {
  readonly root: Locator;
  readonly current: Locator;
  readonly next: Locator;
  readonly confirm: Locator;
  readonly submit: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-password'));
    this.current = page.locator(tid('pw-current'));
    this.next = page.locator(tid('pw-new'));
    this.confirm = page.locator(tid('pw-confirm'));
    this.submit = page.locator(tid('pw-submit'));
    this.notice = page.locator(tid('notice'));
  }

  /** Changes the password and waits for the confirmation. */
  async change(current: string, next: string): Promise<void> {
    await this.current.fill(current);
    await this.next.fill(next);
    await this.confirm.fill(next);
    await afterMutation(this.page, 'changePassword', () => this.submit.click());
    await this.notice.waitFor();
  }
}

export interface PreferencesForm {
  skin?: Skin;
  textOnly?: boolean;
  language?: Language;
}

/** Skin, text-only variant and language (/preferences). */
export class PreferencesPage {
  readonly root: Locator;
  readonly skin: Locator;
  readonly textOnly: Locator;
  readonly language: Locator;
  readonly saveButton: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-preferences'));
    this.skin = page.locator(tid('pref-skin'));
    this.textOnly = page.locator(tid('pref-text-only'));
    this.language = page.locator(tid('pref-language'));
    this.saveButton = page.locator(tid('pref-save'));
    this.notice = page.locator(tid('notice'));
  }

  /**
   * Sets the given fields, saves, and waits for the answer; then for the layout to take the new look when
   * the look changes (switching skins may re-mount the page and its notice), otherwise for the notice.
   */
  async save(form: PreferencesForm): Promise<void> {
    await this.root.waitFor();
    const layout = new Layout(this.page);
    const before = await layout.look();
    const after = { skin: form.skin ?? before.skin, textOnly: form.textOnly ?? before.textOnly };
    if (form.skin) await this.skin.selectOption(form.skin);
    if (form.textOnly !== undefined) await this.textOnly.setChecked(form.textOnly);
    if (form.language) await this.language.selectOption(form.language);
    await afterMutation(this.page, 'updatePreferences', () => this.saveButton.click());
    if (after.skin !== before.skin || after.textOnly !== before.textOnly)
      await layout.waitForLook(after.skin, after.textOnly);
    else await this.notice.waitFor();
  }
}
