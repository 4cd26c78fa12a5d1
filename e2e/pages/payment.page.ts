import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { textOf, tid } from '../support/tid';
import type { Answer } from './billing.page';

/** A card as the customer types it. */
export interface CardDetails {
  number: string;
  expMonth: string;
  expYear: string;
  cvc: string;
  holderName: string;
}

/** What the page says became of a payment (`payment-outcome`). */
export interface ShownOutcome {
  paymentId: string;
  /** The payment's state: PENDING, SUCCEEDED, DECLINED… */
  state: string;
  /** What the message shows: the state, or CANCELLED after the customer left the gateway's page. */
  shown: string;
  text: string;
  /** The bank's or gateway's reason, for a declined or failed payment. */
  reason: string;
}

export interface ShownPayment {
  id: string;
  kind: string;
  state: string;
  amount: string;
  /** The card ("Visa •••• 4242") or the gateway's name. */
  via: string;
  reason: string;
  testMode: boolean;
}

/** A way to pay as the pay card offers it. */
export interface ShownPayWay {
  way: string;
  /** The gateway's name, for a REDIRECT way; '' otherwise. */
  gatewayName: string;
  checked: boolean;
}

type PayAnswer = Answer<{ payInvoice: { id: string; state: string; reason: string | null } }>;

/**
 * Paying an invoice on its page: the pay card (`invoice-pay`), the outcome of a payment and the
 * invoice's payments; also the payments list on the Billing pages (`payment-row`).
 */
export class PaymentPanel {
  readonly payCard: Locator;
  readonly testModeNotice: Locator;
  readonly outcomeBox: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.payCard = page.locator(tid('invoice-pay'));
    this.testModeNotice = page.locator(tid('pay-test-mode'));
    this.outcomeBox = page.locator(tid('payment-outcome'));
    this.rows = page.locator(tid('payment-row'));
  }

  /** The amount due shown on the pay card, in major units. */
  async amountDue(): Promise<string> {
    return (await this.page.locator(tid('invoice-amount-due')).getAttribute('data-amount')) ?? '';
  }

  /** The ways to pay offered (`pay-way` radios), in order; none when there is only one way. */
  async ways(): Promise<ShownPayWay[]> {
    return this.page.locator(tid('pay-way')).evaluateAll((radios) =>
      radios.map((r) => ({
        way: r.getAttribute('data-way') ?? '',
        gatewayName: r.getAttribute('data-gateway-name') ?? '',
        checked: (r as HTMLInputElement).checked,
      })),
    );
  }

  /** Chooses a way to pay when the card offers a choice (a redirect way by its gateway's name). */
  async chooseWay(way: 'SAVED' | 'CARD' | 'REDIRECT', gatewayName?: string): Promise<void> {
    const radios = this.page.locator(tid('pay-way'));
    if ((await radios.count()) === 0) return;
    const name = gatewayName ? `[data-gateway-name="${gatewayName}"]` : '';
    await this.page.locator(`${tid('pay-way')}[data-way="${way}"]${name}`).check();
  }

  /** Which of the ways' forms show: the saved card's button, the new-card form, the gateways' buttons. */
  async shownForms(): Promise<string[]> {
    const shown: string[] = [];
    for (const id of ['pay-saved-card', 'pay-card-form', 'pay-redirect'])
      if (await this.page.locator(tid(id)).count()) shown.push(id);
    return shown;
  }

  /** Pays with the saved card; resolves with the API's answer. */
  async payWithSavedCard(): Promise<PayAnswer> {
    await this.chooseWay('SAVED');
    const res = await afterMutation(this.page, 'payInvoice', () => this.page.locator(tid('pay-saved-card')).click());
    return (await res.json()) as PayAnswer;
  }

  /** Fills the new-card form and pays; resolves with the API's answer. */
  async payByCard(card: CardDetails, options: { save?: boolean } = {}): Promise<PayAnswer> {
    await this.chooseWay('CARD');
    const field = (name: string) => this.page.locator(tid(`pay-card-${name}`));
    await field('number').fill(card.number);
    await field('exp-month').fill(card.expMonth);
    await field('exp-year').fill(card.expYear);
    await field('cvc').fill(card.cvc);
    await field('holder').fill(card.holderName);
    await field('save').setChecked(options.save ?? false);
    const res = await afterMutation(this.page, 'payInvoice', () => field('submit').click());
    return (await res.json()) as PayAnswer;
  }

  /** Presses "Pay with <gateway>" and waits for the gateway's page. */
  async payOnGatewayPage(gatewayName: string): Promise<void> {
    await this.chooseWay('REDIRECT', gatewayName);
    await this.page.locator(`${tid('pay-redirect')}[data-gateway-name="${gatewayName}"]`).click();
    await this.page.waitForURL((url) => !url.pathname.startsWith('/invoices/'));
  }

  /** The outcome of the payment `paymentId` (or of any) once it is shown. */
  async outcome(paymentId?: string): Promise<ShownOutcome> {
    const box = paymentId
      ? this.page.locator(`${tid('payment-outcome')}[data-payment-id="${paymentId}"]`)
      : this.outcomeBox;
    await box.waitFor();
    const reason = box.locator(tid('payment-outcome-reason'));
    return {
      paymentId: (await box.getAttribute('data-payment-id')) ?? '',
      state: (await box.getAttribute('data-state')) ?? '',
      shown: (await box.getAttribute('data-shown')) ?? '',
      text: await textOf(box.locator(tid('payment-outcome-text'))),
      reason: (await reason.count()) ? await textOf(reason) : '',
    };
  }

  /** The payments listed, newest first. */
  async payments(): Promise<ShownPayment[]> {
    return this.rows.evaluateAll((rows) =>
      rows.map((r) => {
        const text = (id: string) => (r.querySelector(`[data-test-id="${id}"]`)?.textContent ?? '').trim();
        return {
          id: r.getAttribute('data-payment-id') ?? '',
          kind: r.getAttribute('data-kind') ?? '',
          state: r.getAttribute('data-state') ?? '',
          amount: r.getAttribute('data-amount') ?? '',
          via: text('payment-via'),
          reason: text('payment-reason'),
          testMode: r.getAttribute('data-test-mode') === 'true',
        };
      }),
    );
  }
}

/** The built-in sandbox gateway's checkout page (/sandbox-gateway/checkout), served by the panel. */
export class SandboxCheckout {
  readonly testModeBanner: Locator;
  readonly amount: Locator;

  constructor(readonly page: Page) {
    this.testModeBanner = page.locator(tid('sandbox-test-mode'));
    this.amount = page.locator(tid('sandbox-amount'));
  }

  async waitFor(): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === '/sandbox-gateway/checkout');
    await this.testModeBanner.waitFor();
  }

  /** Pays and waits until the gateway has sent the browser back to the invoice. */
  async pay(): Promise<void> {
    await this.page.locator(tid('sandbox-pay')).click();
    await this.page.waitForURL((url) => url.pathname.startsWith('/invoices/'));
  }

  async cancel(): Promise<void> {
    await this.page.locator(tid('sandbox-cancel')).click();
    await this.page.waitForURL((url) => url.pathname.startsWith('/invoices/'));
  }
}
