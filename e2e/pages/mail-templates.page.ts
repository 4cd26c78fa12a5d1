import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { tid } from '../support/tid';

/** Admin: the e-mail templates card on the company settings page (/admin/settings). */
export class MailTemplatesCard {
  readonly root: Locator;
  readonly event: Locator;
  readonly language: Locator;
  readonly subject: Locator;
  readonly body: Locator;
  /** `data-status`: OVERRIDDEN (the company's own wording) or DEFAULT (the built-in one). */
  readonly state: Locator;
  readonly previewFrom: Locator;
  readonly previewSubject: Locator;
  readonly previewBody: Locator;
  readonly notice: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('mail-templates'));
    this.event = this.root.locator(tid('mail-event'));
    this.language = this.root.locator(tid('mail-language'));
    this.subject = this.root.locator(tid('mail-subject'));
    this.body = this.root.locator(tid('mail-body'));
    this.state = this.root.locator(tid('mail-state'));
    this.previewFrom = this.root.locator(tid('mail-preview-from'));
    this.previewSubject = this.root.locator(tid('mail-preview-subject'));
    this.previewBody = this.root.locator(tid('mail-preview-body'));
    this.notice = this.root.locator(tid('notice'));
    this.save = this.root.locator(tid('mail-save'));
  }

  fieldError(field: 'subject' | 'body'): Locator {
    return this.root.locator(tid(`error-${field}`));
  }

  async choose(event: string, language: string): Promise<void> {
    await this.event.selectOption(event);
    await this.language.selectOption(language);
  }

  /** The placeholders offered for the chosen e-mail, as listed. */
  async placeholders(): Promise<string[]> {
    return this.root
      .locator(tid('mail-placeholder'))
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-name') ?? ''));
  }

  /** Clicks a placeholder: it goes in where the caret of the last field worked in is. */
  async insert(name: string): Promise<void> {
    await this.root.locator(`${tid('mail-placeholder')}[data-name="${name}"]`).click();
  }

  /** Waits until the preview's subject is `subject` (it follows the draft after a short pause). */
  async waitForPreviewSubject(subject: string): Promise<void> {
    await this.page.waitForFunction(([sel, want]) => document.querySelector(sel)?.textContent?.trim() === want, [
      tid('mail-preview-subject'),
      subject,
    ] as const);
  }

  async saveTemplate(): Promise<void> {
    await afterMutation(this.page, 'saveMailTemplate', () => this.save.click());
  }

  async resetTemplate(): Promise<void> {
    await this.root.locator(tid('mail-reset')).click();
    await afterMutation(this.page, 'resetMailTemplate', () => this.root.locator(tid('mail-reset-confirm')).click());
  }
}

/** Admin: the e-mail sender card on the company settings page. */
export class MailSenderCard {
  readonly root: Locator;
  readonly name: Locator;
  readonly address: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('mail-sender'));
    this.name = this.root.locator(tid('mail-sender-name'));
    this.address = this.root.locator(tid('mail-sender-address'));
    this.notice = this.root.locator(tid('notice'));
  }

  fieldError(field: 'senderName' | 'senderAddress'): Locator {
    return this.root.locator(tid(`error-${field}`));
  }

  async save(values: { name?: string; address?: string }): Promise<void> {
    if (values.name !== undefined) await this.name.fill(values.name);
    if (values.address !== undefined) await this.address.fill(values.address);
    await afterMutation(this.page, 'updateMailSender', () => this.root.locator(tid('mail-sender-save')).click());
  }
}
