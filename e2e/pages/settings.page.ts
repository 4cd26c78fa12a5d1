import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { tid } from '../support/tid';

/** The company card's fields that `save` can fill. */
export interface CompanySettingsForm {
  name?: string;
  legalName?: string;
  address?: string;
  taxId?: string;
  supportEmail?: string;
  supportPhone?: string;
}

const INPUT: Record<keyof CompanySettingsForm, string> = {
  name: 'set-name',
  legalName: 'set-legal-name',
  address: 'set-address',
  taxId: 'set-tax-id',
  supportEmail: 'set-support-email',
  supportPhone: 'set-support-phone',
};

/** Admin: the own company's card on the settings page (/admin/settings): name, look and company details. */
export class CompanySettings {
  readonly root: Locator;
  readonly legalName: Locator;
  readonly address: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('company-settings'));
    this.legalName = page.locator(tid(INPUT.legalName));
    this.address = page.locator(tid(INPUT.address));
    this.notice = this.root.locator(tid('notice'));
  }

  fieldError(field: string): Locator {
    return this.root.locator(tid(`error-${field}`));
  }

  /** Fills the fields given and saves; waits for the API's answer (the notice or the errors follow). */
  async save(form: CompanySettingsForm): Promise<void> {
    for (const [field, value] of Object.entries(form) as [keyof CompanySettingsForm, string][]) {
      await this.page.locator(tid(INPUT[field])).fill(value);
    }
    await afterMutation(this.page, 'updateResellerSettings', () => this.page.locator(tid('set-save')).click());
  }
}
