import { Layout } from './layout.page';
import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { textOf, tid } from '../support/tid';

export type DomainKind = 'OWN' | 'THIRD_LEVEL' | 'INSTANT' | 'PARKED' | 'NO_DOMAIN';

/** What the API answered to a mutation the panel sent: its data, or its errors. */
interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function answerOf<T>(res: { json(): Promise<unknown> }): Promise<Answer<T>> {
  return (await res.json()) as Answer<T>;
}

/** Domains (/domains): the active account's domains and the form to add one. */
export class DomainsPage {
  readonly root: Locator;
  readonly rows: Locator;
  readonly notice: Locator;
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-domains'));
    this.rows = page.locator(tid('domain-row'));
    this.notice = page.locator(tid('notice'));
    this.formError = page.locator(tid('form-error'));
  }

  /** Opens the page from the navigation (whatever the skin) and waits for the list. */
  async open(): Promise<void> {
    await new Layout(this.page).navigate('domains');
    await this.root.waitFor();
    await this.page.locator(tid('domains-table')).waitFor();
  }

  /** A row by the domain's ASCII name (`shop-e2e.com`). */
  row(name: string): Locator {
    return this.page.locator(`${tid('domain-row')}[data-name="${name}"]`);
  }

  async names(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name') ?? ''));
  }

  async state(name: string): Promise<{ state: string | null; site: string | null }> {
    const row = this.row(name);
    return { state: await row.getAttribute('data-state'), site: await row.getAttribute('data-site-state') };
  }

  async nameServers(name: string): Promise<string[]> {
    return this.row(name)
      .locator(tid('domain-name-server'))
      .evaluateAll((li) => li.map((l) => (l.textContent ?? '').trim()));
  }

  fieldError(field: string): Locator {
    return this.page.locator(tid(`error-${field}`));
  }

  /** Whether the radio for a way is offered and enabled. */
  async wayEnabled(way: DomainKind | 'REGISTER' | 'TRANSFER'): Promise<boolean> {
    return this.page.locator(tid(`dom-kind-${way}`)).isEnabled();
  }

  /** Fills and sends the add form; resolves with the API's answer (data or errors). */
  async add(
    kind: DomainKind,
    name?: string,
    targetAddress?: string,
  ): Promise<Answer<{ addDomain: { id: string; name: string | null; state: string } }>> {
    await this.page.locator(tid(`dom-kind-${kind}`)).check();
    if (name !== undefined) await this.page.locator(tid('dom-name')).fill(name);
    if (targetAddress !== undefined) await this.page.locator(tid('dom-target')).fill(targetAddress);
    const res = await afterMutation(this.page, 'addDomain', () => this.page.locator(tid('dom-submit')).click());
    return answerOf(res);
  }

  /** Goes to a domain's own page by its link in the list. */
  async openDomain(name: string): Promise<DomainPage> {
    await this.row(name).locator(tid('domain-link')).click();
    const domain = new DomainPage(this.page);
    await domain.header.waitFor();
    return domain;
  }

  async delete(name: string): Promise<void> {
    const row = this.row(name);
    await row.locator(tid('domain-delete')).click();
    await afterMutation(this.page, 'deleteDomain', () => row.locator(tid('domain-delete-confirm')).click());
  }
}

export interface ShownRecord {
  id: string;
  name: string;
  type: string;
  value: string;
  managed: boolean;
  data: string;
}

/** One domain (/domains/:id): header, name servers, site, DNS records, the add-record and import forms. */
export class DomainPage {
  readonly root: Locator;
  readonly title: Locator;
  readonly header: Locator;
  readonly site: Locator;
  readonly records: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-domain'));
    this.title = page.locator(tid('page-title'));
    this.header = page.locator(tid('domain-header'));
    this.site = page.locator(tid('domain-site'));
    this.records = page.locator(tid('dns-record-row'));
    this.notice = page.locator(tid('notice'));
  }

  async siteState(): Promise<string | null> {
    return this.site.locator(tid('domain-site-state')).getAttribute('data-status');
  }

  async nameServers(): Promise<string[]> {
    return this.page
      .locator(`${tid('domain-name-servers-card')} ${tid('domain-name-server')}`)
      .evaluateAll((li) => li.map((l) => (l.textContent ?? '').trim()));
  }

  async serverNames(): Promise<string[]> {
    return this.site
      .locator(`${tid('site-server-names')} li`)
      .evaluateAll((li) => li.map((l) => (l.textContent ?? '').trim()));
  }

  /** The page's title once the domain has loaded. */
  async titleText(): Promise<string> {
    await this.header.waitFor();
    return textOf(this.title);
  }

  async shownRecords(): Promise<ShownRecord[]> {
    return this.records.evaluateAll((rows) =>
      rows.map((r) => ({
        id: r.getAttribute('data-record-id') ?? '',
        name: r.getAttribute('data-name') ?? '',
        type: r.getAttribute('data-type') ?? '',
        value: r.getAttribute('data-value') ?? '',
        managed: r.getAttribute('data-managed') === 'true',
        data: (r.querySelector('[data-test-id="dns-record-data"]')?.textContent ?? '').trim(),
      })),
    );
  }

  record(type: string, name: string): Locator {
    return this.page.locator(`${tid('dns-record-row')}[data-type="${type}"][data-name="${name}"]`);
  }

  /** Which of the type-driven inputs the add form shows now. */
  async extraInputs(): Promise<string[]> {
    const shown: string[] = [];
    for (const f of ['priority', 'weight', 'port', 'flags', 'tag'])
      if ((await this.page.locator(tid(`rec-${f}`)).count()) > 0) shown.push(f);
    return shown;
  }

  /** Types `value` as the add form's target; the full name the form shows for it before saving, or null. */
  async targetPreview(value: string): Promise<string | null> {
    await this.page.locator(tid('rec-value')).fill(value);
    const shown = this.page.locator(tid('rec-value-resolved'));
    return (await shown.count()) > 0 ? (await shown.innerText()).trim() : null;
  }

  async chooseType(type: string): Promise<void> {
    await this.page.locator(tid('rec-type')).selectOption(type);
  }

  async addRecord(input: {
    name: string;
    type: string;
    value: string;
    ttl?: string;
    priority?: string;
  }): Promise<Answer<{ addDnsRecord: { id: string } }>> {
    await this.chooseType(input.type);
    await this.page.locator(tid('rec-name')).fill(input.name);
    await this.page.locator(tid('rec-value')).fill(input.value);
    if (input.ttl !== undefined) await this.page.locator(tid('rec-ttl')).fill(input.ttl);
    if (input.priority !== undefined) await this.page.locator(tid('rec-priority')).fill(input.priority);
    const res = await afterMutation(this.page, 'addDnsRecord', () => this.page.locator(tid('rec-submit')).click());
    return answerOf(res);
  }

  /** Edits a record in its row: a new value (and TTL); resolves with the API's answer. */
  async editRecord(
    row: Locator,
    change: { value?: string; ttl?: string },
  ): Promise<Answer<{ updateDnsRecord: { id: string } }>> {
    await row.locator(tid('dns-record-edit')).click();
    if (change.value !== undefined) await row.locator(tid('rec-edit-value')).fill(change.value);
    if (change.ttl !== undefined) await row.locator(tid('rec-edit-ttl')).fill(change.ttl);
    const res = await afterMutation(this.page, 'updateDnsRecord', () => row.locator(tid('rec-edit-save')).click());
    return answerOf(res);
  }

  async deleteRecord(row: Locator): Promise<void> {
    await row.locator(tid('dns-record-delete')).click();
    await afterMutation(this.page, 'deleteDnsRecord', () => row.locator(tid('dns-record-delete-confirm')).click());
  }

  /** Pastes a zone file and imports it; resolves with the counts the result box shows. */
  async importZone(text: string): Promise<{ added: number; skipped: number; rejected: number }> {
    await this.page.locator(tid('zone-import-text')).fill(text);
    await afterMutation(this.page, 'importZoneFile', () => this.page.locator(tid('zone-import-submit')).click());
    const result = this.page.locator(tid('zone-import-result'));
    await result.waitFor();
    const n = async (a: string) => Number(await result.getAttribute(`data-${a}`));
    return { added: await n('added'), skipped: await n('skipped'), rejected: await n('rejected') };
  }

  async back(): Promise<DomainsPage> {
    await this.page.locator(tid('back')).click();
    const list = new DomainsPage(this.page);
    await list.root.waitFor();
    return list;
  }
}

/** The DNS section of the admin's Settings page (/admin/settings). */
export class DnsSettingsSection {
  readonly root: Locator;
  readonly input: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('dns-settings'));
    this.input = page.locator(tid('dns-service-domain'));
    this.notice = this.root.locator(tid('notice'));
  }

  async setServiceDomain(domain: string): Promise<Answer<{ setServiceDomain: { serviceDomain: string | null } }>> {
    await this.input.fill(domain);
    const res = await afterMutation(this.page, 'setServiceDomain', () => this.page.locator(tid('dns-save')).click());
    return answerOf(res);
  }

  async nameServers(): Promise<string[]> {
    return this.root.locator(tid('dns-name-server')).evaluateAll((li) => li.map((l) => (l.textContent ?? '').trim()));
  }

  fieldError(field: string): Locator {
    return this.root.locator(tid(`error-${field}`));
  }
}
