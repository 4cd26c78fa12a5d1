import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { tid } from '../support/tid';
import type { Answer } from './billing.page';
import { Layout } from './layout.page';

export interface WaitingSignup {
  accountId: string;
  name: string;
  owner: string;
  email: string;
  plan: string;
  /** The billing period chosen at signup, in months; null without a plan. */
  periodMonths: number | null;
}

/** Admin: signups waiting for approval (/admin/moderation), with approve and reject. */
export class ModerationPage {
  readonly root: Locator;
  readonly rows: Locator;
  readonly empty: Locator;
  readonly notice: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-moderation'));
    this.rows = page.locator(tid('moderation-row'));
    this.empty = page.locator(tid('moderation-table-empty'));
    this.notice = page.locator(tid('notice'));
    this.error = page.locator(tid('form-error'));
  }

  async open(): Promise<void> {
    await new Layout(this.page).navigate('moderation');
    await this.page.locator(tid('moderation-table')).waitFor();
  }

  row(accountId: string): Locator {
    return this.page.locator(`${tid('moderation-row')}[data-account-id="${accountId}"]`);
  }

  async signups(): Promise<WaitingSignup[]> {
    await this.page.locator(tid('moderation-table')).waitFor();
    return this.rows.evaluateAll((rows) =>
      rows.map((r) => {
        const text = (id: string) => (r.querySelector(`[data-test-id="${id}"]`)?.textContent ?? '').trim();
        return {
          accountId: r.getAttribute('data-account-id') ?? '',
          name: text('moderation-name'),
          owner: text('moderation-owner'),
          email: text('moderation-email'),
          plan: text('moderation-plan'),
          periodMonths:
            Number(r.querySelector('[data-test-id="moderation-period"]')?.getAttribute('data-months')) || null,
        };
      }),
    );
  }

  async approve(accountId: string): Promise<Answer<{ approveAccount: { id: string; status: string } }>> {
    const res = await afterMutation(this.page, 'approveAccount', () =>
      this.row(accountId).locator(tid('moderation-approve')).click(),
    );
    return (await res.json()) as Answer<{ approveAccount: { id: string; status: string } }>;
  }

  /** Opens the reason input in the row (if not open yet); the confirm button stays disabled while it is blank. */
  async startReject(accountId: string): Promise<{ reason: Locator; confirm: Locator }> {
    const reason = this.row(accountId).locator(tid('moderation-reason'));
    if (!(await reason.isVisible())) await this.row(accountId).locator(tid('moderation-reject')).click();
    return { reason, confirm: this.row(accountId).locator(tid('moderation-reject-confirm')) };
  }

  async reject(accountId: string, reason: string): Promise<Answer<{ rejectAccount: { id: string; status: string } }>> {
    const form = await this.startReject(accountId);
    await form.reason.fill(reason);
    const res = await afterMutation(this.page, 'rejectAccount', () => form.confirm.click());
    return (await res.json()) as Answer<{ rejectAccount: { id: string; status: string } }>;
  }
}
