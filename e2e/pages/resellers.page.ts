import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { textOf, tid } from '../support/tid';

export interface NewResellerForm {
  name: string;
  cpHost: string;
  adminLogin: string;
  adminEmail: string;
  adminPassword: string;
}

/** Master admin: the resellers list with its create form (/admin/resellers). */
export class ResellersPage {
  readonly root: Locator;
  readonly table: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-resellers'));
    this.table = page.locator(tid('resellers-table'));
    this.notice = page.locator(tid('notice'));
  }

  row(name: string): Locator {
    return this.table.locator(`${tid('reseller-row')}[data-name="${name}"]`);
  }

  /** Creates a reseller with the form beside the list and waits for its row. */
  async create(form: NewResellerForm): Promise<void> {
    await this.page.locator(tid('rs-name')).fill(form.name);
    await this.page.locator(tid('rs-host')).fill(form.cpHost);
    await this.page.locator(tid('rs-admin-login')).fill(form.adminLogin);
    await this.page.locator(tid('rs-admin-email')).fill(form.adminEmail);
    await this.page.locator(tid('rs-admin-password')).fill(form.adminPassword);
    await afterMutation(this.page, 'createReseller', () => this.page.locator(tid('rs-submit')).click());
    await this.row(form.name).waitFor();
  }

  /** Opens a reseller's page from its row. */
  async open(name: string): Promise<ResellerPage> {
    await this.row(name).locator(tid('reseller-link')).click();
    const reseller = new ResellerPage(this.page);
    await reseller.waitForLoaded();
    return reseller;
  }
}

/** The company details of the edit form; fields left out keep what the form shows. */
export interface CompanyDetailsForm {
  name?: string;
  cpHost?: string;
  legalName?: string;
  address?: string;
  taxId?: string;
  supportEmail?: string;
  supportPhone?: string;
}

const EDIT_INPUT: Record<keyof CompanyDetailsForm, string> = {
  name: 're-name',
  cpHost: 're-host',
  legalName: 're-legal-name',
  address: 're-address',
  taxId: 're-tax-id',
  supportEmail: 're-support-email',
  supportPhone: 're-support-phone',
};

/** Master admin: one reseller (/admin/resellers/:id). */
export class ResellerPage {
  readonly root: Locator;
  readonly title: Locator;
  readonly host: Locator;
  readonly status: Locator;
  readonly suspension: Locator;
  readonly notice: Locator;
  readonly formError: Locator;
  readonly save: Locator;
  readonly suspendReason: Locator;
  readonly resumeButton: Locator;
  readonly admins: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-reseller'));
    this.title = page.locator(tid('page-title'));
    this.host = page.locator(tid('reseller-host'));
    this.status = page.locator(tid('reseller-status'));
    this.suspension = page.locator(tid('reseller-suspension'));
    this.notice = page.locator(tid('notice'));
    this.formError = page.locator(tid('form-error'));
    this.save = page.locator(tid('re-save'));
    this.suspendReason = page.locator(tid('reseller-suspend-reason'));
    this.resumeButton = page.locator(tid('reseller-resume'));
    this.admins = page.locator(tid('reseller-admin'));
  }

  async open(id: string): Promise<void> {
    await this.page.goto(`/admin/resellers/${id}`);
    await this.waitForLoaded();
  }

  /** The page shows the reseller (not its spinner): its status badge is there. */
  async waitForLoaded(): Promise<void> {
    await this.root.locator(tid('reseller-status')).waitFor();
  }

  /** The reseller ID from the URL. */
  resellerId(): string {
    const m = /\/admin\/resellers\/(\d+)/.exec(new URL(this.page.url()).pathname);
    if (!m) throw new Error(`not on a reseller page: ${this.page.url()}`);
    return m[1];
  }

  async statusValue(): Promise<string | null> {
    return this.status.getAttribute('data-status');
  }

  input(field: keyof CompanyDetailsForm): Locator {
    return this.page.locator(tid(EDIT_INPUT[field]));
  }

  fieldError(field: string): Locator {
    return this.page.locator(tid(`error-${field}`));
  }

  /** Fills the edit form and saves; waits for the API's answer (the notice or the errors follow). */
  async edit(form: CompanyDetailsForm): Promise<void> {
    for (const [field, value] of Object.entries(form) as [keyof CompanyDetailsForm, string][]) {
      await this.input(field).fill(value);
    }
    await afterMutation(this.page, 'updateReseller', () => this.save.click());
  }

  async adminLogins(): Promise<string[]> {
    return this.admins.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-login') ?? ''));
  }

  logInAsButton(login: string): Locator {
    return this.page.locator(`${tid('reseller-admin')}[data-login="${login}"] ${tid('log-in-as')}`);
  }

  /** Suspends with a reason (asked to confirm first) and waits for the suspended badge. */
  async suspend(reason: string): Promise<void> {
    await this.suspendReason.fill(reason);
    await this.page.locator(tid('reseller-suspend')).click();
    await afterMutation(this.page, 'suspendReseller', () => this.page.locator(tid('reseller-suspend-confirm')).click());
    await this.page.locator(`${tid('reseller-status')}[data-status="SUSPENDED"]`).waitFor();
  }

  async resume(): Promise<void> {
    await afterMutation(this.page, 'resumeReseller', () => this.resumeButton.click());
    await this.page.locator(`${tid('reseller-status')}[data-status="ACTIVE"]`).waitFor();
  }

  /** Asks to delete and confirms; resolves when the API has answered (the list or an error follows). */
  async delete(): Promise<void> {
    await this.page.locator(tid('reseller-delete')).click();
    await afterMutation(this.page, 'deleteReseller', () => this.page.locator(tid('reseller-delete-confirm')).click());
  }

  async titleText(): Promise<string> {
    return textOf(this.title);
  }
}

/** A row of a quota table, as shown: figures are null when the table shows a word instead. */
export interface ShownQuota {
  kind: string;
  limit: number | null;
  used: number | null;
  promised: number | null;
}

/** The quota rows (`quota-row`) inside `scope`, by kind. */
export async function quotasIn(scope: Locator): Promise<ShownQuota[]> {
  const num = (v: string | null) => (v === null || v === '' ? null : Number(v));
  const rows = await scope
    .locator(tid('quota-row'))
    .evaluateAll((els) =>
      els.map((r) => [
        r.getAttribute('data-kind') ?? '',
        r.getAttribute('data-limit'),
        r.getAttribute('data-used'),
        r.getAttribute('data-promised'),
      ]),
    );
  return rows.map(([kind, limit, used, promised]) => ({
    kind: kind ?? '',
    limit: num(limit),
    used: num(used),
    promised: num(promised),
  }));
}

/** Master admin: the reseller plan card of a reseller's page, with its quota table. */
export class ResellerPlanCard {
  readonly root: Locator;
  readonly subscription: Locator;
  readonly subscriptionLink: Locator;
  readonly quotas: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('reseller-plan'));
    this.subscription = this.root.locator(tid('reseller-subscription'));
    this.subscriptionLink = this.root.locator(tid('reseller-subscription-link'));
    this.quotas = this.root.locator(tid('reseller-quotas'));
  }

  /** Gives the reseller a plan; the customer login is asked for the first time only. */
  async give(
    plan: string,
    months: number,
    customer?: { login: string; email: string; password: string },
  ): Promise<void> {
    await this.root.locator(tid('rp-plan')).selectOption({ label: plan });
    await this.root.locator(tid('rp-period')).selectOption(String(months));
    if (customer) {
      await this.root.locator(tid('rp-login')).fill(customer.login);
      await this.root.locator(tid('rp-email')).fill(customer.email);
      await this.root.locator(tid('rp-password')).fill(customer.password);
    }
    await afterMutation(this.page, 'setResellerPlan', () => this.root.locator(tid('rp-save')).click());
  }
}
