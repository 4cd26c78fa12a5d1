import { beforeAll, describe, expect, it } from 'vitest';
import {
  IpAddressesPage,
  LogicalServerFormPage,
  LogicalServersPage,
  PhysicalServerFormPage,
  PhysicalServersPage,
  ServerGroupFormPage,
  ServerGroupsPage,
} from '../pages/cluster.page';
import type { Layout } from '../pages/layout.page';
import { signIn } from '../pages/login.page';
import { createEndUser, setupMasterAdmin, type MasterAdmin, type SeededUser } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { MARIADB } from '../support/mariadb';
import { skipReason } from '../support/prerequisites';
import { textOf } from '../support/tid';

interface LogicalServerView {
  name: string;
  kind: string;
  driver: string;
  host: string | null;
  port: number | null;
  user: string | null;
  hasPassword: boolean;
  enabled: boolean;
  physical: { name: string };
  group: { name: string } | null;
}

describe.skipIf(skipReason)('master admin builds the cluster', () => {
  const e2e = useE2E();
  let admin: MasterAdmin;
  let customer: SeededUser;
  let s: Session;
  let layout: Layout;
  const physical = { name: 'db1.dc1', address: '127.0.0.1', os: 'LINUX' as const, notes: 'Rack 4, the MariaDB box' };
  const group = { name: 'mysql-default', kind: 'MYSQL' as const, policy: 'LEAST_LOADED' as const, isDefault: true };
  const logical = {
    name: 'mysql1',
    kind: 'MYSQL' as const,
    physical: physical.name,
    group: group.name,
    driver: 'MARIADB' as const,
    host: MARIADB.host,
    port: MARIADB.port,
    user: MARIADB.user,
  };

  const apiLogicalServers = async () =>
    (
      await admin.client.request<{ logicalServers: LogicalServerView[] }>(
        `{ logicalServers { name kind driver host port user hasPassword enabled physical { name } group { name } } }`,
      )
    ).logicalServers;

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    customer = await createEndUser(admin.client, { login: 'needsanip' });
    s = await e2e.newSession();
    layout = await signIn(s.page, admin);
  });

  it('adds a physical server and lists it', async () => {
    await layout.navigate('physical-servers');
    const list = new PhysicalServersPage(s.page);
    await list.createLink.click();
    await layout.pageRoot('physical-server-new').waitFor();
    await new PhysicalServerFormPage(s.page).submit(physical);

    await list.root.waitFor();
    await list.notice.waitFor();
    await list.row(physical.name).waitFor();
    expect(await list.status(physical.name).getAttribute('data-status')).toBe('ONLINE');
    expect(await textOf(list.logicalCount(physical.name))).toBe('0');
  });

  it('adds a default MYSQL server group placing on the least loaded member', async () => {
    await layout.navigate('server-groups');
    const list = new ServerGroupsPage(s.page);
    await list.createLink.click();
    await layout.pageRoot('server-group-new').waitFor();
    await new ServerGroupFormPage(s.page).submit(group);

    await list.root.waitFor();
    await list.row(group.name).waitFor();
    expect(await list.row(group.name).getAttribute('data-kind')).toBe('MYSQL');
    expect(await list.policy(group.name).getAttribute('data-policy')).toBe('LEAST_LOADED');
    await list.isDefault(group.name).waitFor();
    expect(await list.members(group.name)).toEqual([]);
  });

  it('adds a MariaDB logical server in that group, leaving the password empty', async () => {
    await layout.navigate('logical-servers');
    const list = new LogicalServersPage(s.page);
    await list.createLink.click();
    await layout.pageRoot('logical-server-new').waitFor();
    const form = new LogicalServerFormPage(s.page);
    await form.fill(logical);
    expect(await form.password.inputValue()).toBe('');
    expect(await textOf(form.passwordState)).toMatch(/not set/i);
    await form.submit(logical);

    await list.root.waitFor();
    await list.row(logical.name).waitFor();
    expect(await list.row(logical.name).getAttribute('data-kind')).toBe('MYSQL');
    expect(await textOf(list.load(logical.name, 'accounts'))).toMatch(/^0 \/ /);
    expect(await textOf(list.load(logical.name, 'databases'))).toBe('0');
    expect(await list.enabledSwitch(logical.name).getAttribute('aria-checked')).toBe('true');

    expect(await apiLogicalServers()).toEqual([
      {
        name: logical.name,
        kind: 'MYSQL',
        driver: 'MARIADB',
        host: MARIADB.host,
        port: MARIADB.port,
        user: MARIADB.user,
        hasPassword: false,
        enabled: true,
        physical: { name: physical.name },
        group: { name: group.name },
      },
    ]);
  });

  it('shows the new server as a member of the group and on its physical server', async () => {
    await layout.navigate('server-groups');
    const groups = new ServerGroupsPage(s.page);
    await expect.poll(() => groups.members(group.name), { timeout: 10_000 }).toEqual([logical.name]);
    await e2e.screenshot(s.page, 'cluster-server-groups');

    await layout.navigate('physical-servers');
    const machines = new PhysicalServersPage(s.page);
    await expect.poll(() => textOf(machines.logicalCount(physical.name)), { timeout: 10_000 }).toBe('1');
    await e2e.screenshot(s.page, 'cluster-physical-servers');
  });

  it('filters logical servers by kind, and switches new resources off and on', async () => {
    await layout.navigate('logical-servers');
    const list = new LogicalServersPage(s.page);
    await list.row(logical.name).waitFor();
    await list.filterKind('WEB');
    await expect.poll(() => list.names(), { timeout: 10_000 }).toEqual([]);
    await list.filterKind('MYSQL');
    await expect.poll(() => list.names(), { timeout: 10_000 }).toEqual([logical.name]);
    await e2e.screenshot(s.page, 'cluster-logical-servers');

    await list.toggleEnabled(logical.name);
    await expect.poll(() => list.enabledSwitch(logical.name).getAttribute('aria-checked')).toBe('false');
    expect((await apiLogicalServers())[0].enabled).toBe(false);
    await list.toggleEnabled(logical.name);
    await expect.poll(() => list.enabledSwitch(logical.name).getAttribute('aria-checked')).toBe('true');
    expect((await apiLogicalServers())[0].enabled).toBe(true);
  });

  it('never shows the driver password, and keeps it when the field stays empty', async () => {
    const list = new LogicalServersPage(s.page);
    await list.row(logical.name).locator('[data-test-id="logical-server-link"]').click();
    await layout.pageRoot('logical-server').waitFor();
    const form = new LogicalServerFormPage(s.page);
    expect(await form.password.inputValue()).toBe('');
    expect(await form.passwordState.getAttribute('data-set')).toBe('false');
    await form.submit({ ...logical, name: logical.name });
    await s.page.locator('[data-test-id="notice"]').waitFor();
    expect((await apiLogicalServers())[0].hasPassword).toBe(false);
    await e2e.screenshot(s.page, 'cluster-logical-server-edit');
  });

  it('adds a dedicated range to the server, allocates an address to an account, releases and deletes', async () => {
    await layout.navigate('ip-addresses');
    const ips = new IpAddressesPage(s.page);
    const range = ['10.77.0.10', '10.77.0.11', '10.77.0.12'];
    await ips.add(logical.name, 'DEDICATED', ['10.77.0.10-10.77.0.12', '10.77.0.20']);
    await ips.notice.waitFor();
    await expect
      .poll(() => ips.addresses(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([...range, '10.77.0.20']));
    expect(await ips.rows.count()).toBe(4);

    const accountId = customer.accounts[0].id;
    await ips.allocate(logical.name, accountId);
    await ips.notice.waitFor();
    await expect
      .poll(() => ips.page.locator(`[data-test-id="ip-row"][data-account-id="${accountId}"]`).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    const held = await ips.page
      .locator(`[data-test-id="ip-row"][data-account-id="${accountId}"]`)
      .getAttribute('data-address');

    await ips.filter('use', 'allocated');
    await expect.poll(() => ips.addresses(), { timeout: 10_000 }).toEqual([held]);
    await e2e.screenshot(s.page, 'cluster-ip-addresses-allocated');
    await ips.release(held!);
    await expect.poll(() => ips.addresses(), { timeout: 10_000 }).toEqual([]);

    await ips.filter('use', { index: 0 });
    await ips.row('10.77.0.20').waitFor();
    await ips.remove('10.77.0.20');
    await expect.poll(() => ips.addresses(), { timeout: 10_000 }).toHaveLength(3);
    expect(await ips.addresses()).not.toContain('10.77.0.20');
    await e2e.screenshot(s.page, 'cluster-ip-addresses');
  });
});
