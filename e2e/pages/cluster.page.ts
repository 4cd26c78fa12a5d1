import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { tid } from '../support/tid';

export type ServerKind = 'WEB' | 'MAIL' | 'DNS' | 'MYSQL' | 'PGSQL' | 'CP';

/** A list of rows carrying `data-name`, as every cluster list has. */
class NamedRows {
  readonly rows: Locator;

  constructor(
    readonly page: Page,
    private readonly rowTestId: string,
  ) {
    this.rows = page.locator(tid(rowTestId));
  }

  row(name: string): Locator {
    return this.page.locator(`${tid(this.rowTestId)}[data-name="${name}"]`);
  }

  async names(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name') ?? ''));
  }
}

/** Physical servers (/admin/servers/physical). */
export class PhysicalServersPage extends NamedRows {
  readonly root: Locator;
  readonly createLink: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    super(page, 'physical-server-row');
    this.root = page.locator(tid('page-physical-servers'));
    this.createLink = page.locator(tid('physical-server-create'));
    this.notice = page.locator(tid('notice'));
  }

  logicalCount(name: string): Locator {
    return this.row(name).locator(tid('physical-server-logical-count'));
  }

  status(name: string): Locator {
    return this.row(name).locator(tid('physical-server-status'));
  }
}

export interface PhysicalServerForm {
  name: string;
  address: string;
  os?: 'LINUX' | 'FREEBSD' | 'WINDOWS';
  status?: 'ONLINE' | 'MAINTENANCE' | 'OFFLINE';
  notes?: string;
}

/** Add or edit a physical server (/admin/servers/physical/new, /:id). */
export class PhysicalServerFormPage {
  constructor(readonly page: Page) {}

  fieldError(field: string): Locator {
    return this.page.locator(tid(`error-${field}`));
  }

  /** Fills the form and saves; waits for the API's answer. */
  async submit(form: PhysicalServerForm): Promise<void> {
    const p = this.page;
    await p.locator(tid('ps-name')).fill(form.name);
    await p.locator(tid('ps-address')).fill(form.address);
    if (form.os) await p.locator(tid('ps-os')).selectOption(form.os);
    if (form.status) await p.locator(tid('ps-status')).selectOption(form.status);
    if (form.notes !== undefined) await p.locator(tid('ps-notes')).fill(form.notes);
    await afterMutation(p, '(create|update)PhysicalServer', () => p.locator(tid('ps-submit')).click());
  }
}

/** Logical servers (/admin/servers/logical), with the kind filter and each server's load. */
export class LogicalServersPage extends NamedRows {
  readonly root: Locator;
  readonly createLink: Locator;
  readonly kindFilter: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    super(page, 'logical-server-row');
    this.root = page.locator(tid('page-logical-servers'));
    this.createLink = page.locator(tid('logical-server-create'));
    this.kindFilter = page.locator(tid('logical-servers-kind'));
    this.notice = page.locator(tid('notice'));
  }

  async filterKind(kind: ServerKind | 'ALL'): Promise<void> {
    if (kind === 'ALL') await this.kindFilter.selectOption({ index: 0 });
    else await this.kindFilter.selectOption(kind);
  }

  /** One load figure of a row: accounts, databases, disk, tasks. */
  load(name: string, figure: 'accounts' | 'databases' | 'disk' | 'tasks'): Locator {
    return this.row(name).locator(tid(`load-${figure}`));
  }

  enabledSwitch(name: string): Locator {
    return this.row(name).locator(tid('logical-server-enabled'));
  }

  async toggleEnabled(name: string): Promise<void> {
    await afterMutation(this.page, 'setLogicalServerEnabled', () => this.enabledSwitch(name).click());
  }
}

export interface LogicalServerForm {
  name: string;
  kind: ServerKind;
  /** The physical server, by its name as shown in the select. */
  physical: string;
  /** The group, by name; none when left out. */
  group?: string;
  driver: 'FILES' | 'MARIADB';
  host?: string;
  port?: number;
  user?: string;
  /** Left out: the password field is not touched (empty on a new server). */
  password?: string;
  userHost?: string;
  maxAccounts?: number;
}

/** Add or edit a logical server (/admin/servers/logical/new, /:id). */
export class LogicalServerFormPage {
  readonly password: Locator;
  readonly passwordState: Locator;

  constructor(readonly page: Page) {
    this.password = page.locator(tid('ls-password'));
    this.passwordState = page.locator(tid('ls-password-state'));
  }

  fieldError(field: string): Locator {
    return this.page.locator(tid(`error-${field}`));
  }

  async fill(form: LogicalServerForm): Promise<void> {
    const p = this.page;
    const field = (id: string) => p.locator(tid(id));
    await field('ls-name').fill(form.name);
    // An existing server keeps its kind (the select is disabled).
    if (await field('ls-kind').isEnabled()) await field('ls-kind').selectOption(form.kind);
    // The choices load with the form: wait for the physical server to be offered.
    await field('ls-physical').locator('option', { hasText: form.physical }).waitFor({ state: 'attached' });
    await field('ls-physical').selectOption({ label: form.physical });
    if (form.group) {
      await field('ls-group').locator('option', { hasText: form.group }).waitFor({ state: 'attached' });
      await field('ls-group').selectOption({ label: form.group });
    }
    await field('ls-driver').selectOption(form.driver);
    if (form.host !== undefined) await field('ls-host').fill(form.host);
    if (form.port !== undefined) await field('ls-port').fill(String(form.port));
    if (form.user !== undefined) await field('ls-user').fill(form.user);
    if (form.password !== undefined) await field('ls-password').fill(form.password);
    if (form.userHost !== undefined) await field('ls-user-host').fill(form.userHost);
    if (form.maxAccounts !== undefined) await field('ls-max-accounts').fill(String(form.maxAccounts));
  }

  async submit(form: LogicalServerForm): Promise<void> {
    await this.fill(form);
    await afterMutation(this.page, '(create|update)LogicalServer', () => this.page.locator(tid('ls-submit')).click());
  }
}

/** Server groups (/admin/servers/groups) with their members and policy. */
export class ServerGroupsPage extends NamedRows {
  readonly root: Locator;
  readonly createLink: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    super(page, 'server-group-row');
    this.root = page.locator(tid('page-server-groups'));
    this.createLink = page.locator(tid('server-group-create'));
    this.notice = page.locator(tid('notice'));
  }

  policy(name: string): Locator {
    return this.row(name).locator(tid('server-group-policy'));
  }

  isDefault(name: string): Locator {
    return this.row(name).locator(tid('server-group-default'));
  }

  async members(name: string): Promise<string[]> {
    return this.row(name)
      .locator(`${tid('server-group-members')} [data-name]`)
      .evaluateAll((links) => links.map((l) => l.getAttribute('data-name') ?? ''));
  }
}

export interface ServerGroupForm {
  name: string;
  kind: ServerKind;
  policy: 'RANDOM' | 'LEAST_LOADED';
  isDefault: boolean;
}

/** Add or edit a server group (/admin/servers/groups/new, /:id). */
export class ServerGroupFormPage {
  constructor(readonly page: Page) {}

  async submit(form: ServerGroupForm): Promise<void> {
    const p = this.page;
    await p.locator(tid('sg-name')).fill(form.name);
    await p.locator(tid('sg-kind')).selectOption(form.kind);
    await p.locator(tid('sg-policy')).selectOption(form.policy);
    await p.locator(tid('sg-default')).setChecked(form.isDefault);
    await afterMutation(p, '(create|update)ServerGroup', () => p.locator(tid('sg-submit')).click());
  }
}

/** IP addresses (/admin/servers/ips): filters, pager, add ranges, allocate, release, delete. */
export class IpAddressesPage {
  readonly root: Locator;
  readonly rows: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-ip-addresses'));
    this.rows = page.locator(tid('ip-row'));
    this.notice = page.locator(tid('notice'));
  }

  row(address: string): Locator {
    return this.page.locator(`${tid('ip-row')}[data-address="${address}"]`);
  }

  async addresses(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-address') ?? ''));
  }

  async add(server: string, kind: 'SHARED' | 'DEDICATED', entries: string[]): Promise<void> {
    const p = this.page;
    await p.locator(tid('ip-add-server')).selectOption({ label: server });
    await p.locator(tid('ip-add-kind')).selectOption(kind);
    await p.locator(tid('ip-add-addresses')).fill(entries.join('\n'));
    await afterMutation(p, 'addIpAddresses', () => p.locator(tid('ip-add-submit')).click());
  }

  async allocate(server: string, accountId: string): Promise<void> {
    const p = this.page;
    await p.locator(tid('ip-allocate-server')).selectOption({ label: server });
    await p.locator(tid('ip-allocate-account')).fill(accountId);
    await afterMutation(p, 'allocateIp', () => p.locator(tid('ip-allocate-submit')).click());
  }

  /** Sets a filter: a value, an option label, or `{ index: 0 }` for "all". */
  async filter(name: 'server' | 'kind' | 'use', value: { label: string } | { index: number } | string): Promise<void> {
    await this.page.locator(tid(`ips-${name}`)).selectOption(value);
  }

  async release(address: string): Promise<void> {
    await afterMutation(this.page, 'releaseIp', () => this.row(address).locator(tid('ip-release')).click());
  }

  /** Deletes an address, answering the question in place. */
  async remove(address: string): Promise<void> {
    await this.row(address).locator(tid('ip-delete')).click();
    await afterMutation(this.page, 'deleteIpAddress', () =>
      this.row(address).locator(tid('ip-delete-confirm')).click(),
    );
  }
}
