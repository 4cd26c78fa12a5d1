import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { textOf, tid } from '../support/tid';

export type MoveKind = 'WEB' | 'DNS' | 'MYSQL';

const MUTATION: Record<MoveKind, string> = {
  WEB: 'moveAccountSites',
  DNS: 'moveAccountZones',
  MYSQL: 'moveAccountDatabases',
};

/** Master admin: the "Move to another server" card on an account's page (/admin/accounts/:id/billing). */
export class MoveAccountCard {
  readonly card: Locator;
  readonly kind: Locator;
  /** "Now on web1": where the account's resources of the chosen kind are. */
  readonly current: Locator;
  /** Said instead of the form when the account has nothing of that kind. */
  readonly nothing: Locator;
  readonly from: Locator;
  readonly server: Locator;
  readonly notice: Locator;
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.card = page.locator(tid('move-account-card'));
    this.kind = page.locator(tid('move-kind'));
    this.current = page.locator(tid('move-current'));
    this.nothing = page.locator(tid('move-nothing'));
    this.from = page.locator(tid('move-from'));
    this.server = page.locator(tid('move-server'));
    this.notice = page.locator(tid('notice'));
    this.formError = page.locator(tid('form-error'));
  }

  async open(accountId: string): Promise<void> {
    await this.page.goto(`/admin/accounts/${accountId}/billing`);
    await this.kind.waitFor();
  }

  async choose(kind: MoveKind): Promise<void> {
    await this.kind.selectOption(kind);
  }

  /** The servers offered as targets, as the select labels them. */
  async targets(): Promise<string[]> {
    return this.server.locator('option:not([value=""])').allInnerTexts();
  }

  /** Submits the move of the chosen kind to `serverId`, waiting for the API's answer (a notice, or an error in the card). */
  async moveTo(serverId: string): Promise<void> {
    const kind = (await this.kind.inputValue()) as MoveKind;
    await this.server.selectOption(serverId);
    await afterMutation(this.page, MUTATION[kind], () => this.page.locator(tid('move-submit')).click());
  }

  async noticeText(): Promise<string> {
    return textOf(this.notice);
  }
}
