import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { tid } from '../support/tid';
import type { Answer } from './billing.page';
import { Layout } from './layout.page';

export type ResourceKind =
  | 'DOMAIN'
  | 'WEB_SITE'
  | 'MYSQL_DATABASE'
  | 'MYSQL_USER'
  | 'MAILBOX'
  | 'DEDICATED_IP'
  | 'DISK_MB'
  | 'TRAFFIC_GB'
  | 'ACCOUNT';

/** A resource row of the editor; figures as typed ("" leaves an input empty: no limit, free). */
export interface ResourceValues {
  maxUnits?: string;
  freeUnits?: string;
  setupFee?: string;
  recurringFee?: string;
  usagePrice?: string;
}

/** What the editor fills in; fields left out keep what the form shows. */
export interface PlanFormValues {
  name?: string;
  description?: string;
  platform?: 'UNIX' | 'WINDOWS';
  signupEnabled?: boolean;
  moderated?: boolean;
  /** A reseller plan (master only); ticked first, so the ACCOUNT row and the oversell input show. */
  forResellers?: boolean;
  oversellPercent?: string;
  setupFee?: string;
  recurringFee?: string;
  /** Every period row, in order: the form's rows are replaced by these. */
  periods?: { months: number; discountPercent?: string }[];
  /** Kinds to include with their figures; a kind set to null is left out. */
  resources?: Partial<Record<ResourceKind, ResourceValues | null>>;
}

export interface ShownPlan {
  id: string;
  name: string;
  platform: string;
  signupEnabled: boolean;
  moderated: boolean;
  /** Each period with the price of one whole period (major units, as the API gives it). */
  periods: { months: number; amount: string }[];
}

const RESOURCE_INPUT: Record<keyof ResourceValues, string> = {
  maxUnits: 'resource-max-units',
  freeUnits: 'resource-free-units',
  setupFee: 'resource-setup-fee',
  recurringFee: 'resource-recurring-fee',
  usagePrice: 'resource-usage-price',
};

/** Admin: the plans list (/admin/plans). */
export class PlansPage {
  readonly root: Locator;
  readonly rows: Locator;
  readonly create: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-plans'));
    this.rows = page.locator(tid('plan-row'));
    this.create = page.locator(tid('plan-create'));
    this.notice = page.locator(tid('notice'));
  }

  async open(): Promise<void> {
    await new Layout(this.page).navigate('plans');
    await this.page.locator(tid('plans-table')).waitFor();
  }

  row(name: string): Locator {
    return this.page.locator(`${tid('plan-row')}[data-name="${name}"]`);
  }

  /** The plans as listed, by name. */
  async plans(): Promise<ShownPlan[]> {
    await this.page.locator(tid('plans-table')).waitFor();
    return this.rows.evaluateAll((rows) =>
      rows.map((r) => ({
        id: r.getAttribute('data-plan-id') ?? '',
        name: r.getAttribute('data-name') ?? '',
        platform: (r.querySelector('[data-test-id="plan-platform"]')?.textContent ?? '').trim(),
        signupEnabled: r.querySelector('[data-test-id="plan-signup"]')?.getAttribute('data-status') === 'on',
        moderated: r.querySelector('[data-test-id="plan-moderated"]')?.getAttribute('data-moderated') === 'true',
        periods: Array.from(r.querySelectorAll('[data-test-id="plan-period"]'), (p) => ({
          months: Number(p.getAttribute('data-months')),
          amount: p.getAttribute('data-amount') ?? '',
        })),
      })),
    );
  }

  /** Opens the editor of a listed plan. */
  async edit(name: string): Promise<PlanEditPage> {
    await this.row(name).locator(tid('plan-link')).click();
    const editor = new PlanEditPage(this.page);
    await editor.form.waitFor();
    return editor;
  }

  /** Opens the editor for a new plan. */
  async startNew(): Promise<PlanEditPage> {
    await this.create.click();
    const editor = new PlanEditPage(this.page);
    await editor.form.waitFor();
    return editor;
  }
}

/** Admin: the plan editor (/admin/plans/new, /admin/plans/:id): the plan, its periods and its resources. */
export class PlanEditPage {
  readonly root: Locator;
  readonly form: Locator;
  readonly periodRows: Locator;
  readonly formError: Locator;
  /** The page's error box (a refused delete), not the form's. */
  readonly pageError: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-plan-edit'));
    this.form = page.locator(tid('plan-form'));
    this.periodRows = page.locator(tid('period-row'));
    this.formError = this.form.locator(tid('form-error'));
    this.pageError = this.root.locator(`:scope > ${tid('form-error')}`);
  }

  /** The error under an input, by the API's field name (`name`, `periods.0.months`) or a resource's (`resource.DOMAIN.setupFee`). */
  fieldError(key: string): Locator {
    return this.page.locator(tid(`error-${key}`));
  }

  resource(kind: ResourceKind): Locator {
    return this.page.locator(`${tid('resource-row')}[data-kind="${kind}"]`);
  }

  async fill(values: PlanFormValues): Promise<void> {
    const p = this.page;
    if (values.forResellers !== undefined) await p.locator(tid('plan-for-resellers')).setChecked(values.forResellers);
    if (values.oversellPercent !== undefined) await p.locator(tid('plan-oversell')).fill(values.oversellPercent);
    if (values.name !== undefined) await p.locator(tid('plan-name')).fill(values.name);
    if (values.description !== undefined) await p.locator(tid('plan-description')).fill(values.description);
    if (values.platform !== undefined) await p.locator(tid('plan-platform')).selectOption(values.platform);
    if (values.setupFee !== undefined) await p.locator(tid('plan-setup-fee')).fill(values.setupFee);
    if (values.recurringFee !== undefined) await p.locator(tid('plan-recurring-fee')).fill(values.recurringFee);
    if (values.signupEnabled !== undefined) await p.locator(tid('plan-signup')).setChecked(values.signupEnabled);
    if (values.moderated !== undefined) await p.locator(tid('plan-moderated')).setChecked(values.moderated);
    if (values.periods) await this.setPeriods(values.periods);
    for (const [kind, figures] of Object.entries(values.resources ?? {}) as [ResourceKind, ResourceValues | null][]) {
      const row = this.resource(kind);
      await row.locator(tid('resource-included')).setChecked(figures !== null);
      for (const [field, text] of Object.entries(figures ?? {}) as [keyof ResourceValues, string][]) {
        await row.locator(tid(RESOURCE_INPUT[field])).fill(text);
      }
    }
  }

  /**
   * Replaces the period rows. A length another row holds cannot be chosen, so the rows go down to
   * one and each new row is added (with a free length) before it takes its own.
   */
  private async setPeriods(periods: { months: number; discountPercent?: string }[]): Promise<void> {
    while ((await this.periodRows.count()) > 1) await this.periodRows.last().locator(tid('period-remove')).click();
    for (const [i, period] of periods.entries()) {
      if (i > 0) await this.page.locator(tid('period-add')).click();
      const row = this.periodRows.nth(i);
      await row.locator(tid('period-months')).selectOption(String(period.months));
      await row.locator(tid('period-discount')).fill(period.discountPercent ?? '');
    }
  }

  /** Sends the form; resolves with the API's answer (createPlan or updatePlan). */
  async save(): Promise<Answer<Record<string, { id: string; name: string }>>> {
    const mutation = new URL(this.page.url()).pathname.endsWith('/new') ? 'createPlan' : 'updatePlan';
    const res = await afterMutation(this.page, mutation, () => this.page.locator(tid('plan-submit')).click());
    return (await res.json()) as Answer<Record<string, { id: string; name: string }>>;
  }

  /** Deletes the plan, answering the question; resolves with the API's answer. */
  async delete(): Promise<Answer<{ deletePlan: { id: string } }>> {
    await this.page.locator(tid('plan-delete')).click();
    const res = await afterMutation(this.page, 'deletePlan', () =>
      this.page.locator(tid('plan-delete-confirm')).click(),
    );
    return (await res.json()) as Answer<{ deletePlan: { id: string } }>;
  }
}
