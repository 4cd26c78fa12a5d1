import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { tid } from '../support/tid';

/** Admin: the users list (/admin/users). */
export class UsersPage {
  readonly root: Locator;
  readonly search: Locator;
  readonly searchSubmit: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly next: Locator;
  readonly first: Locator;
  readonly createLink: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-users'));
    this.search = page.locator(tid('users-search'));
    this.searchSubmit = page.locator(tid('users-search-submit'));
    this.table = page.locator(tid('users-table'));
    this.rows = this.table.locator(tid('user-row'));
    this.next = page.locator(tid('users-next'));
    this.first = page.locator(tid('users-first'));
    this.createLink = page.locator(tid('user-create'));
  }

  row(login: string): Locator {
    return this.table.locator(`${tid('user-row')}[data-login="${login}"]`);
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.searchSubmit.click();
  }

  /** "Log in as" on a user's row (admins only, for users they may sign in as). */
  logInAsButton(login: string): Locator {
    return this.row(login).locator(tid('log-in-as'));
  }

  /** The logins of the rows shown. */
  async logins(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-login') ?? ''));
  }
}

export interface NewUserForm {
  login: string;
  email: string;
  password: string;
  accountName: string;
}

/** Admin: create an end user with a first account (/admin/users/new). */
export class CreateUserPage {
  readonly root: Locator;
  readonly login: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly accountName: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-user-new'));
    this.login = page.locator(tid('cu-login'));
    this.email = page.locator(tid('cu-email'));
    this.password = page.locator(tid('cu-password'));
    this.accountName = page.locator(tid('cu-account-name'));
    this.submit = page.locator(tid('cu-submit'));
  }

  fieldError(field: string): Locator {
    return this.page.locator(tid(`error-${field}`));
  }

  async submitForm(form: NewUserForm): Promise<void> {
    await this.login.fill(form.login);
    await this.email.fill(form.email);
    await this.password.fill(form.password);
    await this.accountName.fill(form.accountName);
    await this.submit.click();
  }
}

/** Admin: one user (/admin/users/:id) with their accounts. */
export class UserDetailPage {
  readonly root: Locator;
  readonly accounts: Locator;
  readonly accountRows: Locator;
  readonly addAccountName: Locator;
  readonly addAccountSubmit: Locator;
  readonly resetPassword: Locator;
  readonly resetPasswordSubmit: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-user-detail'));
    this.accounts = page.locator(tid('user-accounts'));
    this.accountRows = this.accounts.locator(tid('account-row'));
    this.addAccountName = page.locator(tid('add-account-name'));
    this.addAccountSubmit = page.locator(tid('add-account-submit'));
    this.resetPassword = page.locator(tid('reset-password'));
    this.resetPasswordSubmit = page.locator(tid('reset-password-submit'));
    this.notice = page.locator(tid('notice'));
  }

  /** The user ID from the URL. */
  userId(): string {
    const m = /\/admin\/users\/(\d+)/.exec(new URL(this.page.url()).pathname);
    if (!m) throw new Error(`not on a user detail URL: ${this.page.url()}`);
    return m[1];
  }

  async accountIds(): Promise<string[]> {
    return this.accountRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-account-id') ?? ''));
  }

  /** What an account hosts, as its card on the user page lists it: domains and sites with their links, databases. */
  async hosting(accountId: string): Promise<ShownHosting> {
    const card = this.page.locator(`${tid('user-hosting')}[data-account-id="${accountId}"]`);
    await card.waitFor();
    await card
      .locator(`${tid('user-domain')}, p`)
      .first()
      .waitFor();
    return card.evaluate((c) => {
      const all = (id: string) => Array.from(c.querySelectorAll(`[data-test-id="${id}"]`));
      return {
        domains: all('user-domain').map((d) => ({
          name: d.getAttribute('data-name') ?? '',
          href: d.querySelector('a')?.getAttribute('href') ?? '',
        })),
        sites: all('user-site').map((d) => ({
          host: d.getAttribute('data-host') ?? '',
          href: d.querySelector('a')?.getAttribute('href') ?? '',
        })),
        databases: all('user-database').map((d) => d.getAttribute('data-name') ?? ''),
      };
    });
  }

  async addAccount(name: string): Promise<void> {
    await this.addAccountName.fill(name);
    await this.addAccountSubmit.click();
  }

  /** Sets the user's password and waits for the confirmation. */
  async setPassword(newPassword: string): Promise<void> {
    await this.resetPassword.fill(newPassword);
    await afterMutation(this.page, 'resetUserPassword', () => this.resetPasswordSubmit.click());
    await this.notice.waitFor();
  }
}

/** An account's hosting on the admin's user page. */
export interface ShownHosting {
  domains: { name: string; href: string }[];
  sites: { host: string; href: string }[];
  databases: string[];
}
