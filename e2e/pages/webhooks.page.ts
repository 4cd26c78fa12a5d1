import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { tid } from '../support/tid';

/** Webhooks (/admin/webhooks for admins, /webhooks for customers): list, form, secret, delivery log, policy. */
export class WebhooksPage {
  readonly rows: Locator;
  readonly secret: Locator;
  readonly deliveries: Locator;
  readonly allowPrivate: Locator;

  constructor(readonly page: Page) {
    this.rows = page.locator(tid('webhook-row'));
    this.secret = page.locator(tid('webhook-secret'));
    this.deliveries = page.locator(tid('webhook-delivery'));
    this.allowPrivate = page.locator(tid('webhook-allow-private'));
  }

  row(url: string): Locator {
    return this.page.locator(`${tid('webhook-row')}[data-url="${url}"]`);
  }

  /** Fills the add form with `url` and `events` (their API names) and saves it. */
  async add(url: string, events: readonly string[]): Promise<void> {
    await this.page.locator(tid('webhook-add')).click();
    await this.page.locator(tid('webhook-url')).fill(url);
    for (const event of events) await this.page.locator(tid(`webhook-event-${event}`)).check();
    await afterMutation(this.page, 'createWebhook', () => this.page.locator(tid('webhook-save')).click());
  }

  fieldError(field: 'url' | 'events' | 'description'): Locator {
    return this.page.locator(tid(`error-${field}`));
  }

  async sendTest(url: string): Promise<void> {
    await afterMutation(this.page, 'sendTestWebhook', () => this.row(url).locator(tid('webhook-send-test')).click());
  }

  /** The delivery log's row of an event type with an answer of `status`. */
  delivery(eventType: string, status: number): Locator {
    return this.page.locator(
      `${tid('webhook-delivery')}[data-event-type="${eventType}"][data-status-code="${status}"]`,
    );
  }
}
