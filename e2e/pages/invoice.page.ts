import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { textOf, tid } from '../support/tid';
import type { Answer } from './billing.page';

export interface ShownInvoiceHeader {
  number: number;
  /** OPEN, PAID or VOID. */
  state: string;
  overdue: boolean;
  accountId: string;
  issued: string;
  due: string;
  paid: string;
}

export interface ShownInvoiceLine {
  position: number;
  description: string;
  quantity: number;
  /** Major units as the API gives them. */
  amount: string;
}

/** One invoice (/invoices/:id for its owner, /admin/invoices/:id for admins). */
export class InvoicePage {
  readonly root: Locator;
  readonly title: Locator;
  readonly back: Locator;
  readonly printButton: Locator;
  readonly printFrame: Locator;
  readonly voidForm: Locator;
  readonly notice: Locator;
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-invoice'));
    this.title = page.locator(tid('page-title'));
    this.back = page.locator(tid('back'));
    this.printButton = page.locator(tid('invoice-print'));
    this.printFrame = page.locator(tid('invoice-print-frame'));
    this.voidForm = page.locator(tid('invoice-void-form'));
    this.notice = page.locator(tid('notice'));
    this.formError = page.locator(tid('form-error'));
  }

  /** Opens the invoice by its address; `admin` takes the admin route. */
  async open(id: string, admin = false): Promise<void> {
    await this.page.goto(admin ? `/admin/invoices/${id}` : `/invoices/${id}`);
    await this.page.locator(tid('invoice-summary')).waitFor();
  }

  /** Waits for the invoice after a link was followed to it. */
  async waitForInvoice(): Promise<void> {
    await this.page.locator(tid('invoice-summary')).waitFor();
  }

  async header(): Promise<ShownInvoiceHeader> {
    const summary = this.page.locator(tid('invoice-summary'));
    await summary.waitFor();
    const text = (id: string) => textOf(this.page.locator(tid(id)));
    return {
      number: Number(await summary.getAttribute('data-number')),
      state: (await summary.getAttribute('data-state')) ?? '',
      overdue: (await this.page.locator(tid('invoice-overdue')).count()) > 0,
      accountId: (await summary.getAttribute('data-account-id')) ?? '',
      issued: await text('invoice-issued'),
      due: await text('invoice-due'),
      paid: await text('invoice-paid'),
    };
  }

  async lines(): Promise<ShownInvoiceLine[]> {
    await this.page.locator(tid('invoice-lines')).waitFor();
    return this.page.locator(tid('invoice-lines-row')).evaluateAll((rows) =>
      rows.map((r) => ({
        position: Number(r.getAttribute('data-position')),
        description: (r.querySelector('[data-test-id="line-description"]')?.textContent ?? '').trim(),
        quantity: Number(r.getAttribute('data-quantity')),
        amount: r.getAttribute('data-amount') ?? '',
      })),
    );
  }

  /** Subtotal, tax and total in major units. */
  async totals(): Promise<{ subtotal: string; tax: string; total: string; currency: string }> {
    const at = (id: string, name = 'data-amount') => this.page.locator(tid(`invoice-lines-${id}`)).getAttribute(name);
    return {
      subtotal: (await at('subtotal')) ?? '',
      tax: (await at('tax')) ?? '',
      total: (await at('total')) ?? '',
      currency: (await at('total', 'data-currency')) ?? '',
    };
  }

  /** Presses "Print" and resolves with the heading of the printable document in its frame. */
  async print(): Promise<string> {
    await this.printButton.click();
    await this.printFrame.waitFor();
    const frame = this.page.frameLocator(tid('invoice-print-frame'));
    return textOf(frame.locator('h1'));
  }

  /** Admin: voids the invoice with a reason (asked to confirm first); resolves with the API's answer. */
  async voidInvoice(reason: string): Promise<Answer<{ voidInvoice: { id: string; state: string } }>> {
    await this.page.locator(tid('invoice-void-reason')).fill(reason);
    await this.page.locator(tid('invoice-void')).click();
    const res = await afterMutation(this.page, 'voidInvoice', () =>
      this.page.locator(tid('invoice-void-confirm')).click(),
    );
    return (await res.json()) as Answer<{ voidInvoice: { id: string; state: string } }>;
  }
}
