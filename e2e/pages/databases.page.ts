import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { textOf, tid } from '../support/tid';

export type ProvisionState = 'QUEUED' | 'ACTIVE' | 'SUSPENDED' | 'DELETING' | 'FAILED';

/** Databases (/databases): the active account's MySQL databases and users. */
export class DatabasesPage {
  readonly root: Locator;
  readonly databaseRows: Locator;
  readonly userRows: Locator;
  readonly databaseUsage: Locator;
  readonly userUsage: Locator;
  readonly notice: Locator;
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-databases'));
    this.databaseRows = page.locator(tid('mysql-db-row'));
    this.userRows = page.locator(tid('mysql-user-row'));
    this.databaseUsage = page.locator(tid('mysql-db-usage'));
    this.userUsage = page.locator(tid('mysql-user-usage'));
    this.notice = page.locator(tid('notice'));
    this.formError = page.locator(tid('form-error'));
  }

  /** A database by its full name (`a12_shop`). */
  database(fullName: string): Locator {
    return this.page.locator(`${tid('mysql-db-row')}[data-name="${fullName}"]`);
  }

  /** A database user by its full name (`a12_app`). */
  user(fullName: string): Locator {
    return this.page.locator(`${tid('mysql-user-row')}[data-name="${fullName}"]`);
  }

  async databaseState(fullName: string): Promise<string | null> {
    return this.database(fullName).getAttribute('data-state');
  }

  /** The host (and port, when not 3306) the database's row tells applications to connect to. */
  async databaseHost(fullName: string): Promise<string> {
    return (await this.database(fullName).locator(tid('mysql-db-host')).textContent()) ?? '';
  }

  async userState(fullName: string): Promise<string | null> {
    return this.user(fullName).getAttribute('data-state');
  }

  /** The account prefix the form shows before the name (`a12_`). */
  async prefix(): Promise<string> {
    return textOf(this.page.locator(tid('mdb-name-prefix')));
  }

  fieldError(field: string): Locator {
    return this.page.locator(tid(`error-${field}`));
  }

  /**
   * Records every state the row of `fullName` shows from now on (a MutationObserver in the page), so a
   * state that lasts only a moment (QUEUED with a fast worker) is not missed. Read with `recordedStates`.
   */
  async recordStates(rowTestId: 'mysql-db-row' | 'mysql-user-row', fullName: string): Promise<void> {
    await this.page.evaluate(
      ({ selector }) => {
        const seen: string[] = [];
        (window as unknown as Record<string, string[]>)[`states:${selector}`] = seen;
        const look = () => {
          const state = document.querySelector(selector)?.getAttribute('data-state');
          if (state && seen[seen.length - 1] !== state) seen.push(state);
        };
        new MutationObserver(look).observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-state'],
        });
        look();
      },
      { selector: `[data-test-id="${rowTestId}"][data-name="${fullName}"]` },
    );
  }

  async recordedStates(rowTestId: 'mysql-db-row' | 'mysql-user-row', fullName: string): Promise<string[]> {
    const selector = `[data-test-id="${rowTestId}"][data-name="${fullName}"]`;
    return this.page.evaluate(
      (key) => [...((window as unknown as Record<string, string[]>)[key] ?? [])],
      `states:${selector}`,
    );
  }

  /** Creates a database with the short name typed after the prefix; resolves with the API's answer. */
  async createDatabase(name: string, charset = 'utf8mb4'): Promise<{ name: string; state: string }> {
    await this.page.locator(tid('mdb-name')).fill(name);
    await this.page.locator(tid('mdb-charset')).selectOption(charset);
    const res = await afterMutation(this.page, 'createMysqlDatabase', () =>
      this.page.locator(tid('mdb-submit')).click(),
    );
    const body = (await res.json()) as { data?: { createMysqlDatabase: { name: string; state: string } } };
    if (!body.data) throw new Error(`createMysqlDatabase failed: ${JSON.stringify(body)}`);
    return body.data.createMysqlDatabase;
  }

  async createUser(name: string, password: string): Promise<{ name: string; state: string }> {
    await this.page.locator(tid('mu-name')).fill(name);
    await this.page.locator(tid('mu-password')).fill(password);
    const res = await afterMutation(this.page, 'createMysqlUser', () => this.page.locator(tid('mu-submit')).click());
    const body = (await res.json()) as { data?: { createMysqlUser: { name: string; state: string } } };
    if (!body.data) throw new Error(`createMysqlUser failed: ${JSON.stringify(body)}`);
    return body.data.createMysqlUser;
  }

  async grant(userFullName: string, databaseFullName: string): Promise<void> {
    const row = this.user(userFullName);
    await row.locator(tid('mysql-grant-select')).selectOption({ label: databaseFullName });
    await afterMutation(this.page, 'grantMysqlDatabase', () => row.locator(tid('mysql-grant-submit')).click());
  }

  /** The databases a user's row says it may use. */
  async grants(userFullName: string): Promise<string[]> {
    return this.user(userFullName)
      .locator(tid('mysql-grant'))
      .evaluateAll((chips) => chips.map((c) => c.getAttribute('data-db-name') ?? ''));
  }

  /** The size a database's row shows, in bytes (null: "—", never measured). */
  async databaseSize(fullName: string): Promise<number | null> {
    const bytes = await this.database(fullName).locator(tid('mysql-db-size')).getAttribute('data-bytes');
    return bytes ? Number(bytes) : null;
  }

  /** Clicks "Refresh sizes"; resolves when the API has queued the refresh. */
  async refreshSizes(): Promise<void> {
    const res = await afterMutation(this.page, 'refreshMysqlSizes', () =>
      this.page.locator(tid('mysql-refresh-sizes')).click(),
    );
    const body = (await res.json()) as { data?: { refreshMysqlSizes: boolean } };
    if (!body.data?.refreshMysqlSizes) throw new Error(`refreshMysqlSizes failed: ${JSON.stringify(body)}`);
  }

  async changePassword(userFullName: string, password: string): Promise<void> {
    const row = this.user(userFullName);
    await row.locator(tid('mysql-user-password')).click();
    await row.locator(tid('mysql-user-password-input')).fill(password);
    await afterMutation(this.page, 'setMysqlUserPassword', () => row.locator(tid('mysql-user-password-save')).click());
  }
}
