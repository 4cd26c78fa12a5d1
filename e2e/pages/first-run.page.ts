import type { Locator, Page } from 'playwright-core';
import { tid } from '../support/tid';

export type FirstRunStepId =
  | 'PHYSICAL_SERVER'
  | 'WEB_SERVER'
  | 'DNS_SERVERS'
  | 'MYSQL_SERVER'
  | 'MAIL_SERVER'
  | 'SERVER_GROUPS'
  | 'ADDRESSES'
  | 'SERVICE_DOMAIN';

export const FIRST_RUN_STEPS: readonly FirstRunStepId[] = [
  'PHYSICAL_SERVER',
  'WEB_SERVER',
  'DNS_SERVERS',
  'MYSQL_SERVER',
  'MAIL_SERVER',
  'SERVER_GROUPS',
  'ADDRESSES',
  'SERVICE_DOMAIN',
];

/** The first-run checklist on the master admin's home page, with its one-step single-machine layout. */
export class FirstRunCard {
  readonly root: Locator;
  readonly progress: Locator;
  readonly complete: Locator;
  readonly oneStep: Locator;
  readonly form: Locator;
  readonly serviceDomain: Locator;
  readonly address: Locator;
  readonly create: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('first-run'));
    this.progress = page.locator(tid('first-run-progress'));
    this.complete = page.locator(tid('first-run-complete'));
    this.oneStep = page.locator(tid('first-run-one-step'));
    this.form = page.locator(tid('first-run-form'));
    this.serviceDomain = page.locator(tid('first-run-service-domain'));
    this.address = page.locator(tid('first-run-address'));
    this.create = page.locator(tid('first-run-create'));
  }

  step(id: FirstRunStepId): Locator {
    return this.root.locator(tid(`first-run-step-${id}`));
  }

  /** What the step says: "Done", or what is missing. */
  stepStatus(id: FirstRunStepId): Locator {
    return this.step(id).locator(tid('first-run-step-status'));
  }

  /** Whether each step is ticked, in the checklist's order. */
  async doneByStep(): Promise<Record<string, boolean>> {
    const out: Record<string, boolean> = {};
    for (const id of FIRST_RUN_STEPS) out[id] = (await this.step(id).getAttribute('data-done')) === 'true';
    return out;
  }

  drivers(choice: 'FILES' | 'REAL'): Locator {
    return this.page.locator(tid(`first-run-drivers-${choice}`));
  }

  fieldError(field: string): Locator {
    return this.form.locator(tid(`error-${field}`));
  }

  /** Opens the form and submits the layout. */
  async setUp(values: { serviceDomain: string; drivers: 'FILES' | 'REAL'; address?: string }): Promise<void> {
    if (!(await this.form.isVisible())) await this.oneStep.click();
    await this.serviceDomain.fill(values.serviceDomain);
    if (values.address !== undefined) await this.address.fill(values.address);
    await this.drivers(values.drivers).check();
    await this.create.click();
  }
}
