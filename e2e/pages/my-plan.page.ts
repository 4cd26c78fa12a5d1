import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { textOf, tid } from '../support/tid';
import type { Answer } from './billing.page';
import { Layout } from './layout.page';
import { fillProfile, type BillingProfileForm } from './signup.page';

export interface ShownPlanSummary {
  /** '' without a plan. */
  planId: string;
  planName: string;
  /** null when the account is not billed by period. */
  months: number | null;
  status: string;
  /** ISO instant; '' when not billed. */
  nextBillingAt: string;
}

export interface ShownLimit {
  kind: string;
  /** null: unlimited. */
  limit: number | null;
  /** null: metered (no count). */
  used: number | null;
}

export interface ShownQuote {
  planId: string;
  months: number;
  lines: { description: string; amount: string }[];
  subtotal: string;
  tax: string;
  /** Negative: credited to the balance. */
  total: string;
  /** The sentence under the lines (to pay, credited, nothing). */
  outcome: string;
}

type QuoteAnswer = Answer<{
  planChangeQuote?: { total: { amount: string } };
  changePlan?: { total: { amount: string } };
}>;

/** My plan (/plan): the active account's plan, limits, billing address, plan change and another account. */
export class MyPlanPage {
  readonly root: Locator;
  readonly notice: Locator;
  /** The page's notice of the account's state (MODERATION, SUSPENDED), with `data-status`. */
  readonly statusNotice: Locator;
  readonly changeCard: Locator;
  readonly openAccountCard: Locator;
  readonly profileCard: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-plan'));
    this.notice = page.locator(tid('notice'));
    this.statusNotice = page.locator(tid('my-plan-notice'));
    this.changeCard = page.locator(tid('change-plan'));
    this.openAccountCard = page.locator(tid('open-account'));
    this.profileCard = page.locator(tid('billing-profile'));
  }

  /** Opens the page from the navigation (whatever the skin) and waits for the plan. */
  async open(): Promise<void> {
    await new Layout(this.page).navigate('plan');
    await this.page.locator(tid('my-plan-summary')).waitFor();
  }

  async summary(): Promise<ShownPlanSummary> {
    const name = this.page.locator(tid('my-plan-name'));
    await name.waitFor();
    const period = this.page.locator(tid('my-plan-period'));
    const months = (await period.count()) ? Number(await period.getAttribute('data-months')) : null;
    return {
      planId: (await name.getAttribute('data-plan-id')) ?? '',
      planName: await textOf(name),
      months,
      status: (await this.page.locator(tid('my-plan-status')).getAttribute('data-status')) ?? '',
      nextBillingAt: (await this.page.locator(tid('my-plan-next-billing')).getAttribute('data-at')) ?? '',
    };
  }

  async limits(): Promise<ShownLimit[]> {
    await this.page.locator(tid('my-plan-limits-table')).waitFor();
    return this.page.locator(tid('limit-row')).evaluateAll((rows) =>
      rows.map((r) => {
        const figure = (name: string) => (r.getAttribute(name) ? Number(r.getAttribute(name)) : null);
        return { kind: r.getAttribute('data-kind') ?? '', limit: figure('data-limit'), used: figure('data-used') };
      }),
    );
  }

  /** The billing address as the card shows it. */
  async shownProfile(): Promise<string> {
    return textOf(this.page.locator(tid('profile-shown')));
  }

  /** Opens the address form, fills the given fields and saves; resolves with the API's answer. */
  async editProfile(values: Partial<BillingProfileForm>): Promise<Answer<{ updateBillingProfile: { id: string } }>> {
    await this.page.locator(tid('profile-edit')).click();
    await fillProfile(this.page, 'profile', values);
    const res = await afterMutation(this.page, 'updateBillingProfile', () =>
      this.page.locator(tid('profile-save')).click(),
    );
    return (await res.json()) as Answer<{ updateBillingProfile: { id: string } }>;
  }

  /** A field error inside one card (`change-plan`, `open-account`, `billing-profile`). */
  fieldError(card: Locator, field: string): Locator {
    return card.locator(tid(`error-${field}`));
  }

  /** Chooses a plan and period in the change card and presses "Show price"; resolves with the API's answer. */
  async quote(planId: string, months: number): Promise<QuoteAnswer> {
    await this.page.locator(tid('change-plan-plan')).selectOption(planId);
    await this.page.locator(tid('change-plan-period')).selectOption(String(months));
    const res = await afterMutation(this.page, 'planChangeQuote', () =>
      this.page.locator(tid('change-plan-quote')).click(),
    );
    return (await res.json()) as QuoteAnswer;
  }

  /** The quote as shown (after `quote`). */
  async shownQuote(): Promise<ShownQuote> {
    const view = this.page.locator(tid('change-plan-quote-view'));
    await view.waitFor();
    const amount = async (id: string) => (await this.page.locator(tid(id)).getAttribute('data-amount')) ?? '';
    return {
      planId: (await view.getAttribute('data-plan-id')) ?? '',
      months: Number(await view.getAttribute('data-months')),
      lines: await this.page.locator(tid('quote-lines-row')).evaluateAll((rows) =>
        rows.map((r) => ({
          description: (r.querySelector('[data-test-id="line-description"]')?.textContent ?? '').trim(),
          amount: r.getAttribute('data-amount') ?? '',
        })),
      ),
      subtotal: await amount('quote-lines-subtotal'),
      tax: await amount('quote-lines-tax'),
      total: await amount('quote-lines-total'),
      outcome: await textOf(this.page.locator(tid('change-plan-outcome'))),
    };
  }

  /** Confirms the quoted change; resolves with the API's answer. */
  async confirmChange(): Promise<QuoteAnswer> {
    const res = await afterMutation(this.page, 'changePlan', () =>
      this.page.locator(tid('change-plan-confirm')).click(),
    );
    return (await res.json()) as QuoteAnswer;
  }

  /** Opens another account under a plan; resolves with the API's answer. */
  async openAccount(
    name: string,
    planId: string,
    months: number,
  ): Promise<Answer<{ addAccount: { id: string; status: string } }>> {
    await this.page.locator(tid('open-account-name')).fill(name);
    await this.page.locator(tid('open-account-plan')).selectOption(planId);
    await this.page.locator(tid('open-account-period')).selectOption(String(months));
    const res = await afterMutation(this.page, 'addAccount', () =>
      this.page.locator(tid('open-account-submit')).click(),
    );
    return (await res.json()) as Answer<{ addAccount: { id: string; status: string } }>;
  }
}
