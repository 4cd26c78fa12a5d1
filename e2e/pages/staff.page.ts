import type { Locator, Page } from 'playwright-core';
import { tid } from '../support/tid';

/** Admin: the company's support staff logins (/admin/staff). */
export class StaffPage {
  readonly root: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-staff'));
    this.rows = page.locator(tid('staff-row'));
  }

  row(login: string): Locator {
    return this.page.locator(`${tid('staff-row')}[data-login="${login}"]`);
  }

  async create(input: { login: string; email: string; password: string }): Promise<void> {
    await this.page.locator(tid('staff-login')).fill(input.login);
    await this.page.locator(tid('staff-email')).fill(input.email);
    await this.page.locator(tid('staff-password')).fill(input.password);
    await this.page.locator(tid('staff-submit')).click();
  }

  fieldError(field: 'login' | 'email' | 'password'): Locator {
    return this.page.locator(tid(`error-${field}`));
  }
}
