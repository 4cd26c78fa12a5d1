import type { Locator, Page } from 'playwright-core';
import { textOf, tid } from '../support/tid';

/** One message of a ticket's thread as the page shows it. */
export interface ShownMessage {
  body: string;
  internal: boolean;
  fromStaff: boolean;
  attachments: string[];
}

/** Support pages (SUP-1): the customer's tickets and new-ticket form, a ticket's thread, the staff's queue. */
export class SupportPage {
  readonly notice: Locator;
  readonly formError: Locator;
  readonly messages: Locator;

  constructor(readonly page: Page) {
    this.notice = page.locator(tid('notice'));
    this.formError = page.locator(tid('form-error'));
    this.messages = page.locator(tid('ticket-message'));
  }

  /** From the customer's list: fills the new-ticket form and sends it; waits for the ticket's page. */
  async openTicket(input: {
    subject: string;
    body: string;
    priority?: string;
    file?: { name: string; mimeType: string; buffer: Buffer };
    /** Before sending: wait until the knowledge base suggests this article (its slug) as the question is typed. */
    suggestion?: string;
    /** Called once the suggestion shows, before sending (a screenshot). */
    whileSuggested?: () => Promise<unknown>;
  }): Promise<void> {
    await this.page.locator(tid('new-ticket')).click();
    await this.page.locator(tid('page-new-ticket')).waitFor();
    await this.page.locator(tid('nt-subject')).fill(input.subject);
    if (input.priority) await this.page.locator(tid('nt-priority')).selectOption(input.priority);
    await this.page.locator(tid('nt-body')).fill(input.body);
    if (input.file) await this.page.locator(tid('nt-attachments')).setInputFiles(input.file);
    if (input.suggestion) {
      await this.page.locator(`${tid('kb-suggestion')}[data-slug="${input.suggestion}"]`).waitFor();
      await input.whileSuggested?.();
    }
    await this.page.locator(tid('nt-submit')).click();
    await this.page.locator(tid('page-ticket')).waitFor();
  }

  /** The thread as shown. */
  async thread(): Promise<ShownMessage[]> {
    await this.page.locator(tid('ticket-thread')).waitFor();
    const out: ShownMessage[] = [];
    for (const m of await this.messages.all()) {
      out.push({
        body: await textOf(m.locator(tid('message-body'))),
        internal: (await m.getAttribute('data-internal')) === 'true',
        fromStaff: (await m.getAttribute('data-from-staff')) === 'true',
        attachments: await m
          .locator(tid('attachment-download'))
          .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-file-name') ?? '')),
      });
    }
    return out;
  }

  /** Staff: opens a ticket from the queue by its subject. */
  async openFromQueue(subject: string): Promise<void> {
    await this.page.locator(tid('queue-table')).waitFor();
    await this.page.locator(tid('queue-link'), { hasText: subject }).click();
    await this.page.locator(tid('page-staff-ticket')).waitFor();
  }

  /** The queue's rows: ticket id, whether overdue. */
  queueRow(subject: string): Locator {
    return this.page
      .locator(tid('queue-row'))
      .filter({ has: this.page.locator(tid('queue-link'), { hasText: subject }) });
  }

  /** Writes a reply (a saved answer inserted first, when named; a note when `internal`) and sends it. */
  async reply(input: { body?: string; canned?: string; internal?: boolean }): Promise<void> {
    const before = await this.messages.count();
    if (input.canned) await this.page.locator(tid('reply-canned')).selectOption({ label: input.canned });
    if (input.body !== undefined) await this.page.locator(tid('reply-body')).fill(input.body);
    if (input.internal) await this.page.locator(tid('reply-internal')).check();
    await this.page.locator(tid('reply-submit')).click();
    await this.notice.waitFor();
    await this.page.waitForFunction(([sel, n]) => document.querySelectorAll(sel as string).length > (n as number), [
      tid('ticket-message'),
      before,
    ] as const);
  }

  replyBody(): Promise<string> {
    return this.page.locator(tid('reply-body')).inputValue();
  }

  /** Clicks an attachment and returns the file the browser saved (never shown in the page). */
  async download(fileName: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.locator(`${tid('attachment-download')}[data-file-name="${fileName}"]`).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }
}
