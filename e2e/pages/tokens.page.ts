import type { Locator, Page } from 'playwright-core';
import { tid } from '../support/tid';

export type ScopeAccess = 'NONE' | 'READ' | 'READ_WRITE';

/** The API page (/developers): the viewer's API tokens, the new-token form and the secret shown once. */
export class TokensPage {
  readonly root: Locator;
  readonly secret: Locator;
  readonly mine: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-developers'));
    this.secret = page.locator(tid('token-secret'));
    this.mine = page.locator(`${tid('tokens-mine')} ${tid('token-row')}`);
  }

  row(name: string): Locator {
    return this.page.locator(`${tid('tokens-mine')} ${tid('token-row')}[data-name="${name}"]`);
  }

  /** Opens the form (if closed) and fills and submits it. */
  async create(input: {
    name: string;
    scopes: Record<string, ScopeAccess>;
    days?: number;
    allowedIps?: string[];
  }): Promise<void> {
    if (!(await this.page.locator(tid('token-form')).isVisible())) await this.page.locator(tid('token-new')).click();
    await this.page.locator(tid('token-name')).fill(input.name);
    for (const [group, access] of Object.entries(input.scopes))
      await this.page.locator(tid(`token-scope-${group}`)).selectOption(access);
    if (input.days) await this.page.locator(tid('token-expiry')).selectOption(String(input.days));
    await this.page.locator(tid('token-ips')).fill((input.allowedIps ?? []).join('\n'));
    await this.page.locator(tid('token-submit')).click();
  }

  fieldError(field: 'name' | 'scopes' | 'expiresInDays' | 'allowedIps'): Locator {
    return this.page.locator(tid(`error-${field}`));
  }

  async revoke(name: string): Promise<void> {
    const row = this.row(name);
    await row.locator(tid('token-revoke')).click();
    await row.locator(tid('token-revoke-confirm')).click();
  }
}
