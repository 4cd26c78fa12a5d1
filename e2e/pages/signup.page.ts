import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { tid } from '../support/tid';
import type { Answer } from './billing.page';

export interface ShownPeriod {
  months: number;
  /** The price of one whole period in major units, as the API gives it. */
  amount: string;
  /** The discount in percent; '' without one. */
  discountPercent: string;
}

export interface ShownPlan {
  id: string;
  name: string;
  periods: ShownPeriod[];
  /** Included resources (kind) with their limit ('' for unlimited). */
  resources: { kind: string; limit: string }[];
}

export interface BillingProfileForm {
  name: string;
  company?: string;
  address: string;
  city: string;
  postalCode: string;
  /** An ISO 3166 code: the list's option of that value is chosen. */
  country: string;
  email: string;
  phone?: string;
}

export interface SignupForm {
  login: string;
  email: string;
  password: string;
  accountName?: string;
  profile: BillingProfileForm;
}

export type SignupAnswer = Answer<{ signup: { id: string; name: string; status: string } }>;

/** Fills the billing profile fields whose test ids start with `prefix` (`signup-profile`, `profile`). */
export async function fillProfile(page: Page, prefix: string, profile: Partial<BillingProfileForm>): Promise<void> {
  for (const [key, value] of Object.entries(profile)) {
    const field = page.locator(tid(`${prefix}-${key}`));
    // The country is chosen from a list by its ISO code.
    if (key === 'country') await field.selectOption(value ?? '');
    else await field.fill(value ?? '');
  }
}

/** The public signup page (/signup): plans to choose from, login, billing address. */
export class SignupPage {
  readonly root: Locator;
  readonly plans: Locator;
  readonly noPlans: Locator;
  readonly choice: Locator;
  readonly submit: Locator;
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-signup'));
    this.plans = page.locator(tid('signup-plan'));
    this.noPlans = page.locator(tid('signup-no-plans'));
    this.choice = page.locator(tid('signup-choice'));
    this.submit = page.locator(tid('signup-submit'));
    this.formError = page.locator(tid('form-error'));
  }

  /** Opens /signup and waits until the plans (or the note that there are none) show. */
  async open(): Promise<void> {
    await this.page.goto('/signup');
    await this.root.waitFor();
    await this.page
      .locator(`${tid('signup-plan')}, ${tid('signup-no-plans')}`)
      .first()
      .waitFor();
  }

  /** Goes from the login page's link to the signup page. */
  async openFromLogin(): Promise<void> {
    await this.page.locator(tid('login-signup')).click();
    await this.root.waitFor();
  }

  plan(planId: string): Locator {
    return this.page.locator(`${tid('signup-plan')}[data-plan-id="${planId}"]`);
  }

  fieldError(field: string): Locator {
    return this.page.locator(tid(`error-${field}`));
  }

  /** The plans as the cards show them. */
  async offered(): Promise<ShownPlan[]> {
    return this.plans.evaluateAll((cards) =>
      cards.map((c) => ({
        id: c.getAttribute('data-plan-id') ?? '',
        name: (c.querySelector('[data-test-id="signup-plan-name"]')?.textContent ?? '').trim(),
        periods: Array.from(c.querySelectorAll('[data-test-id="signup-period"]')).map((radio) => {
          const option = radio.closest('label');
          return {
            months: Number(radio.getAttribute('data-months')),
            amount: option?.querySelector('[data-test-id="signup-period-price"]')?.getAttribute('data-amount') ?? '',
            discountPercent:
              option?.querySelector('[data-test-id="signup-period-discount"]')?.getAttribute('data-status') ?? '',
          };
        }),
        resources: Array.from(c.querySelectorAll('[data-test-id="plan-resource"]')).map((r) => ({
          kind: r.getAttribute('data-kind') ?? '',
          limit: r.querySelector('[data-limit]')?.getAttribute('data-limit') ?? '',
        })),
      })),
    );
  }

  /** What the chosen plan and period cost as the summary shows it (major units; '' for no setup fee). */
  async summary(): Promise<{ setup: string; firstInvoice: string; currency: string }> {
    const box = this.page.locator(tid('signup-summary'));
    await box.waitFor();
    return {
      setup: (await box.getAttribute('data-setup')) ?? '',
      firstInvoice: (await box.getAttribute('data-first-invoice')) ?? '',
      currency: (await box.getAttribute('data-currency')) ?? '',
    };
  }

  /** The plan and period chosen ('' and 0 for none). */
  async chosen(): Promise<{ planId: string; months: number }> {
    return {
      planId: (await this.choice.getAttribute('data-plan-id')) ?? '',
      months: Number((await this.choice.getAttribute('data-months')) || 0),
    };
  }

  /** Picks a plan's billing period. */
  async choose(planId: string, months: number): Promise<void> {
    await this.page.locator(`${tid('signup-period')}[data-plan-id="${planId}"][data-months="${months}"]`).check();
  }

  async fill(form: SignupForm): Promise<void> {
    await this.page.locator(tid('signup-login')).fill(form.login);
    await this.page.locator(tid('signup-email')).fill(form.email);
    await this.page.locator(tid('signup-password')).fill(form.password);
    await this.page.locator(tid('signup-account-name')).fill(form.accountName ?? '');
    await fillProfile(this.page, 'signup-profile', { company: '', phone: '', ...form.profile });
  }

  /** Sends the form; resolves with the API's answer (the panel then opens Home, or My plan while the account waits for approval). */
  async send(): Promise<SignupAnswer> {
    const res = await afterMutation(this.page, 'signup', () => this.submit.click());
    return (await res.json()) as SignupAnswer;
  }
}
