import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { textOf, tid } from '../support/tid';

export interface ShownJobType {
  id: string;
  name: string;
  price: string;
}

export interface ShownJobRow {
  id: string;
  title: string;
  state: string;
  accountId: string;
}

export interface ShownMessage {
  body: string;
  internal: boolean;
  fromStaff: boolean;
}

/** Rows of a job list (`job-row`), as the page shows them. */
async function jobRows(page: Page): Promise<ShownJobRow[]> {
  await page.locator(tid('jobs-table')).waitFor();
  return page.locator(tid('job-row')).evaluateAll((rows) =>
    rows.map((r) => ({
      id: r.getAttribute('data-job-id') ?? '',
      title: r.getAttribute('data-title') ?? '',
      state: r.getAttribute('data-state') ?? '',
      accountId: r.getAttribute('data-account-id') ?? '',
    })),
  );
}

/** The customer's Services page (/jobs): the catalogue with its order form, and their jobs. */
export class JobsPage {
  readonly root: Locator;
  readonly catalogue: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-jobs'));
    this.catalogue = page.locator(tid('job-catalogue'));
  }

  async open(): Promise<void> {
    await this.page.goto('/jobs');
    await this.root.waitFor();
  }

  /** The services offered, in catalogue order. */
  async jobTypes(): Promise<ShownJobType[]> {
    await this.page.locator(tid('job-type')).first().waitFor();
    return this.page.locator(tid('job-type')).evaluateAll((items) =>
      items.map((i) => ({
        id: i.getAttribute('data-job-type-id') ?? '',
        name: i.getAttribute('data-name') ?? '',
        price: i.getAttribute('data-price') ?? '',
      })),
    );
  }

  /** Orders the service named `name` with `brief`; resolves once the new job's page is shown. */
  async order(name: string, brief: string): Promise<void> {
    const item = this.page.locator(`${tid('job-type')}[data-name="${name}"]`);
    await item.locator(tid('job-type-order')).click();
    await item.locator(tid('job-order-brief')).fill(brief);
    await afterMutation(this.page, 'orderCustomJob', () => item.locator(tid('job-order-submit')).click());
    await this.page.locator(tid('page-job')).waitFor();
  }

  rows(): Promise<ShownJobRow[]> {
    return jobRows(this.page);
  }
}

/** One job (/jobs/:id for its customer, /admin/jobs/:id for the staff). */
export class JobPage {
  readonly root: Locator;
  readonly facts: Locator;
  readonly notice: Locator;
  readonly invoiceLink: Locator;
  readonly stateSelect: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-job'));
    this.facts = page.locator(tid('job-facts'));
    this.notice = page.locator(tid('notice'));
    this.invoiceLink = page.locator(tid('job-invoice-link'));
    this.stateSelect = page.locator(tid('job-state-select'));
  }

  async open(id: string, admin = false): Promise<void> {
    await this.page.goto(admin ? `/admin/jobs/${id}` : `/jobs/${id}`);
    await this.facts.waitFor();
  }

  /** The job's ID, from the address. */
  id(): string {
    return new URL(this.page.url()).pathname.split('/').at(-1) ?? '';
  }

  async state(): Promise<string> {
    return (await this.facts.getAttribute('data-state')) ?? '';
  }

  async invoiceState(): Promise<string> {
    return (await this.facts.getAttribute('data-invoice-state')) ?? '';
  }

  async price(): Promise<string> {
    return textOf(this.page.locator(tid('job-price')));
  }

  /** Staff: moves the job to `state` and waits for the answer. */
  async setState(state: string): Promise<void> {
    await this.stateSelect.selectOption(state);
    await afterMutation(this.page, 'setCustomJobState', () => this.page.locator(tid('job-state-submit')).click());
    await this.page.locator(`${tid('job-facts')}[data-state="${state}"]`).waitFor();
  }

  /** Writes a message (staff: `internal` for a note the customer never sees). */
  async post(body: string, internal = false): Promise<void> {
    const before = await this.page.locator(tid('job-message')).count();
    await this.page.locator(tid('job-message-input')).fill(body);
    const check = this.page.locator(tid('job-message-internal-check'));
    if (internal || (await check.count())) await check.setChecked(internal);
    await afterMutation(this.page, 'postCustomJobMessage', () => this.page.locator(tid('job-message-send')).click());
    await this.page.locator(tid('job-message')).nth(before).waitFor();
  }

  async messages(): Promise<ShownMessage[]> {
    return this.page.locator(tid('job-message')).evaluateAll((items) =>
      items.map((m) => ({
        body: (m.querySelector('[data-test-id="job-message-body"]')?.textContent ?? '').trim(),
        internal: m.getAttribute('data-internal') === 'true',
        fromStaff: m.getAttribute('data-from-staff') === 'true',
      })),
    );
  }
}

/** The staff's queue (/admin/jobs). */
export class AdminJobsPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-admin-jobs'));
  }

  async open(): Promise<void> {
    await this.page.goto('/admin/jobs');
    await this.root.waitFor();
  }

  rows(): Promise<ShownJobRow[]> {
    return jobRows(this.page);
  }

  /** Opens a job for a customer's account through the form; resolves with the new job's ID. */
  async createJob(input: { accountId: string; jobTypeId: string; brief: string; price?: string }): Promise<string> {
    const form = this.page.locator(tid('job-create-form'));
    await form.locator(tid('job-create-account')).fill(input.accountId);
    await form.locator(tid('job-create-type')).selectOption(input.jobTypeId);
    if (input.price) await form.locator(tid('job-create-price')).fill(input.price);
    await form.locator(tid('job-create-brief')).fill(input.brief);
    const res = await afterMutation(this.page, 'createCustomJob', () => form.locator(tid('job-create-submit')).click());
    const body = (await res.json()) as { data?: { createCustomJob: { id: string } }; errors?: unknown };
    if (!body.data) throw new Error(`createCustomJob failed: ${JSON.stringify(body.errors)}`);
    return body.data.createCustomJob.id;
  }

  async openJob(id: string): Promise<void> {
    await this.page.locator(`${tid('job-row')}[data-job-id="${id}"] ${tid('job-link')}`).click();
    await this.page.locator(tid('job-facts')).waitFor();
  }
}

/** The staff's catalogue of job types (/admin/jobs/types). */
export class JobTypesPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-job-types'));
  }

  async open(): Promise<void> {
    await this.page.goto('/admin/jobs/types');
    await this.root.waitFor();
  }

  /** Adds a job type through the form. */
  async add(input: { name: string; price: string; description?: string }): Promise<void> {
    await this.page.locator(tid('job-type-add')).click();
    await this.page.locator(tid('job-type-name')).fill(input.name);
    await this.page.locator(tid('job-type-price-input')).fill(input.price);
    if (input.description) await this.page.locator(tid('job-type-description')).fill(input.description);
    await afterMutation(this.page, 'createJobType', () => this.page.locator(tid('job-type-save')).click());
    await this.page.locator(`${tid('job-type-row')}[data-name="${input.name}"]`).waitFor();
  }

  async rows(): Promise<ShownJobType[]> {
    return this.page.locator(tid('job-type-row')).evaluateAll((rows) =>
      rows.map((r) => ({
        id: r.getAttribute('data-job-type-id') ?? '',
        name: r.getAttribute('data-name') ?? '',
        price: r.getAttribute('data-price') ?? '',
      })),
    );
  }
}
