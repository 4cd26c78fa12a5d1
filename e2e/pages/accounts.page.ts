import type { Locator, Page } from 'playwright-core';
import { tid } from '../support/tid';

/** Admin: every account the admin manages (/admin/accounts), with suspend and resume. */
export class AccountsPage {
  readonly root: Locator;
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly rows: Locator;
  readonly next: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-accounts'));
    this.search = page.locator(tid('accounts-search'));
    this.statusFilter = page.locator(tid('accounts-status'));
    this.rows = page.locator(tid('account-row'));
    this.next = page.locator(tid('accounts-next'));
  }

  row(accountId: string): Locator {
    return this.page.locator(`${tid('account-row')}[data-account-id="${accountId}"]`);
  }

  status(accountId: string): Locator {
    return this.row(accountId).locator(tid('account-status'));
  }

  async accountIds(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-account-id') ?? ''));
  }

  /** Searches (Enter submits, whether the list also filters as one types or not). */
  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.search.press('Enter');
  }

  /** Filters by an AccountStatus (ACTIVE, SUSPENDED, MODERATION), or 'ALL': the first option, "any status". */
  async filterStatus(status: 'ACTIVE' | 'SUSPENDED' | 'MODERATION' | 'ALL'): Promise<void> {
    if (status === 'ALL') await this.statusFilter.selectOption({ index: 0 });
    else await this.statusFilter.selectOption(status);
  }

  async suspend(accountId: string, reason: string): Promise<void> {
    await this.row(accountId).locator(tid('account-suspend')).click();
    await this.page.locator(tid('suspend-reason')).fill(reason);
    await this.page.locator(tid('suspend-confirm')).click();
  }

  async resume(accountId: string): Promise<void> {
    await this.row(accountId).locator(tid('account-resume')).click();
  }
}
