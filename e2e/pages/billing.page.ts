import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { textOf, tid } from '../support/tid';
import { AccountsPage } from './accounts.page';
import { Layout } from './layout.page';

/** What the API answered to a mutation the panel sent: its data, or its errors. */
export interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface ShownBalance {
  /** Major units as the API gives them, e.g. "25.50". */
  amount: string;
  currency: string;
  /** CREDIT, OWES or SETTLED. */
  standing: string;
  /** The wording under the amount. */
  text: string;
}

export interface ShownEntry {
  kind: string;
  amount: string;
  currency: string;
  description: string;
  reference: string;
  /** The signed amount as the table shows it. */
  shownAmount: string;
  negative: boolean;
}

export type MoneyAction = 'PAYMENT' | 'CREDIT' | 'REFUND';
const MUTATION: Record<MoneyAction, string> = {
  PAYMENT: 'recordPayment',
  CREDIT: 'addCredit',
  REFUND: 'refundPayment',
};

/** The balance card and the ledger table, shared by the customer's and the admin's billing pages. */
class BillingView {
  readonly balanceValue: Locator;
  readonly rows: Locator;
  readonly notice: Locator;
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.balanceValue = page.locator(tid('billing-balance-value'));
    this.rows = page.locator(tid('ledger-row'));
    this.notice = page.locator(tid('notice'));
    this.formError = page.locator(tid('form-error'));
  }

  async balance(): Promise<ShownBalance> {
    await this.balanceValue.waitFor();
    const attr = async (name: string) => (await this.balanceValue.getAttribute(name)) ?? '';
    return {
      amount: await attr('data-amount'),
      currency: await attr('data-currency'),
      standing: await attr('data-standing'),
      text: await textOf(this.page.locator(tid('billing-standing'))),
    };
  }

  /** The ledger as shown, newest first. */
  async entries(): Promise<ShownEntry[]> {
    await this.page.locator(tid('ledger-table')).waitFor();
    return this.rows.evaluateAll((rows) =>
      rows.map((r) => {
        const text = (id: string) => (r.querySelector(`[data-test-id="${id}"]`)?.textContent ?? '').trim();
        const amount = r.querySelector('[data-test-id="ledger-amount"]');
        return {
          kind: r.getAttribute('data-kind') ?? '',
          amount: r.getAttribute('data-amount') ?? '',
          currency: r.getAttribute('data-currency') ?? '',
          description: text('ledger-description'),
          reference: text('ledger-reference'),
          shownAmount: text('ledger-amount'),
          negative: amount?.classList.contains('text-red-700') ?? false,
        };
      }),
    );
  }
}

/** Billing (/billing): the active account's balance and ledger, as its owner sees them. */
export class BillingPage extends BillingView {
  readonly root: Locator;

  constructor(page: Page) {
    super(page);
    this.root = page.locator(tid('page-billing'));
  }

  /** Opens the page from the navigation (whatever the skin) and waits for the ledger. */
  async open(): Promise<void> {
    await new Layout(this.page).navigate('billing');
    await this.page.locator(tid('ledger-table')).waitFor();
  }
}

/** Admin: one account's billing (/admin/accounts/:id/billing) with the money action form. */
export class AccountBillingPage extends BillingView {
  readonly root: Locator;
  /** The page's own error box (a refused action), not the form's. */
  readonly pageError: Locator;
  readonly loadMore: Locator;

  constructor(page: Page) {
    super(page);
    this.root = page.locator(tid('page-account-billing'));
    this.pageError = this.root.locator(`:scope > ${tid('form-error')}`);
    this.loadMore = page.locator(tid('ledger-load-more'));
  }

  /** Goes to Accounts through the navigation and follows the account's billing link. */
  async openFromAccounts(accountId: string): Promise<void> {
    await new Layout(this.page).navigate('accounts');
    const accounts = new AccountsPage(this.page);
    await accounts.row(accountId).locator(tid('account-billing')).click();
    await this.root.waitFor();
    await this.page.locator(tid('ledger-table')).waitFor();
  }

  fieldError(field: string): Locator {
    return this.page.locator(tid(`error-${field}`));
  }

  /** Fills and sends the money action form; resolves with the API's answer. */
  async act(
    action: MoneyAction,
    input: { amount: string; reason: string; reference?: string },
  ): Promise<Answer<Record<string, { id: string }>>> {
    await this.page.locator(tid('money-action')).selectOption(action);
    await this.page.locator(tid('money-amount')).fill(input.amount);
    await this.page.locator(tid('money-reason')).fill(input.reason);
    await this.page.locator(tid('money-reference')).fill(input.reference ?? '');
    const res = await afterMutation(this.page, MUTATION[action], () => this.page.locator(tid('money-submit')).click());
    return (await res.json()) as Answer<Record<string, { id: string }>>;
  }
}

/** Admin: the company's ledger (/admin/ledger): every account's entries, searched and filtered. */
export class AdminLedgerPage extends BillingView {
  readonly root: Locator;
  readonly search: Locator;
  readonly kindFilter: Locator;
  readonly periodFilter: Locator;
  readonly count: Locator;

  constructor(page: Page) {
    super(page);
    this.root = page.locator(tid('page-admin-ledger'));
    this.search = page.locator(tid('ledger-search'));
    this.kindFilter = page.locator(tid('ledger-kind-filter'));
    this.periodFilter = page.locator(tid('ledger-period'));
    this.count = page.locator(tid('ledger-count'));
  }

  /** Opens the page from the navigation (whatever the skin) and waits for its rows or its empty state. */
  async open(): Promise<void> {
    await new Layout(this.page).navigate('admin-ledger');
    await this.page.locator(tid('ledger-table')).waitFor();
  }

  /** The account each row links to, newest first: the link's account id and where it goes. */
  async accountLinks(): Promise<{ accountId: string; href: string }[]> {
    return this.rows.evaluateAll((rows) =>
      rows.map((r) => ({
        accountId: r.getAttribute('data-account-id') ?? '',
        href: r.querySelector('[data-test-id="ledger-account"]')?.getAttribute('href') ?? '',
      })),
    );
  }

  /** Searches (Enter submits). */
  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.search.press('Enter');
  }

  /** Downloads the list as CSV (the export button): the file's name and text. */
  async exportCsv(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.locator(tid('ledger-export')).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}
