import type { Locator, Page } from 'playwright-core';
import { tid } from '../support/tid';

export interface SetupForm {
  companyName: string;
  login: string;
  email: string;
  password: string;
}

/** First-run setup (/setup): the hosting company and its master admin. */
export class SetupPage {
  readonly root: Locator;
  readonly company: Locator;
  readonly login: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-setup'));
    this.company = page.locator(tid('setup-company'));
    this.login = page.locator(tid('setup-login'));
    this.email = page.locator(tid('setup-email'));
    this.password = page.locator(tid('setup-password'));
    this.submit = page.locator(tid('setup-submit'));
  }

  fieldError(field: string): Locator {
    return this.page.locator(tid(`error-${field}`));
  }

  async fill(form: SetupForm): Promise<void> {
    await this.company.fill(form.companyName);
    await this.login.fill(form.login);
    await this.email.fill(form.email);
    await this.password.fill(form.password);
  }

  async submitForm(form: SetupForm): Promise<void> {
    await this.fill(form);
    await this.submit.click();
  }
}
