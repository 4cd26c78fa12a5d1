import type { Locator, Page } from 'playwright-core';
import { tid } from '../support/tid';

/** The home page's overview: a customer's money, pending domains, recent changes, plan use; an admin's counts. */
export class HomePage {
  readonly root: Locator;
  readonly balance: Locator;
  readonly openInvoices: Locator;
  readonly openInvoiceRows: Locator;
  readonly pendingDomains: Locator;
  readonly recentTasks: Locator;
  readonly usageBars: Locator;
  readonly history: Locator;
  readonly historyTable: Locator;
  readonly counts: Locator;

  constructor(private readonly page: Page) {
    this.root = page.locator(tid('page-home'));
    this.balance = page.locator(tid('home-balance'));
    this.openInvoices = page.locator(tid('home-open-invoices'));
    this.openInvoiceRows = page.locator(tid('home-open-invoice'));
    this.pendingDomains = page.locator(tid('home-pending-domain'));
    this.recentTasks = page.locator(tid('home-recent-task'));
    this.usageBars = page.locator(tid('usage-bar'));
    this.history = page.locator(tid('usage-history'));
    this.historyTable = page.locator(tid('usage-history-table'));
    this.counts = page.locator(tid('admin-count'));
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.root.waitFor();
  }

  pendingDomain(domainId: string): Locator {
    return this.page.locator(`${tid('home-pending-domain')}[data-domain-id="${domainId}"]`);
  }

  count(key: string): Locator {
    return this.page.locator(`${tid('admin-count')}[data-count="${key}"]`);
  }

  /** The figure a count shows, as its data attribute carries it. */
  async countValue(key: string): Promise<number> {
    return Number(await this.count(key).getAttribute('data-value'));
  }
}
