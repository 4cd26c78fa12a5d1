import { beforeAll, expect, it } from 'vitest';
import { systemEm } from '../../db/scope';
import { describeApi, type TestApi } from '../../test/api';
import type { GqlClient } from '../../test/client';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { D, domainState, setupHosting } from '../domains/testing';
import { MailMessage } from '../outbox/mail-message.entity';
import { FAST_TASKS } from '../mysql/testing';

const ALERTS = `query($all: Boolean) { operatorAlerts(includeDismissed: $all) { id problem message fixPath occurrences firstSeenAt lastSeenAt resolvedAt } }`;
const DISMISS = `mutation($id: ID!) { dismissOperatorAlert(id: $id) { id resolvedAt } }`;
const PLAIN = 'This can’t be done right now; your provider has been told.';

/** Alert mail in the outbox, oldest first. */
async function alertMail(api: TestApi): Promise<MailMessage[]> {
  return systemEm(api.orm, 'test check: the outbox and the service zone read directly, with no viewer').find(
    MailMessage,
    { dedupKey: { $like: 'alert:%' } },
    { orderBy: { id: 'asc' } },
  );
}

/** A customer's refused request: CONFLICT with the plain message and nothing of the operator's reason. */
async function refusedPlainly(client: GqlClient, query: string, variables: Record<string, unknown>): Promise<void> {
  const err = await client.fails(query, variables);
  expect(err.message).toBe(PLAIN);
  expect(err.extensions).toEqual({ code: 'CONFLICT', reason: 'PROVIDER_SETUP' });
}

describeApi('operator alerts: no server group yet', (api) => {
  let master: MasterClient;
  let rootCustomer: EndUserClient;
  let reseller: ResellerAdminClient;
  let resellerCustomer: EndUserClient;

  beforeAll(async () => {
    master = await setupMaster(api);
    rootCustomer = await createEndUser(master, api);
    reseller = await createReseller(master, api);
    resellerCustomer = await createEndUser(reseller, api);
  });

  it('a customer gets a plain CONFLICT; the master admin the reason; one alert counts every attempt and is mailed once', async () => {
    await refusedPlainly(rootCustomer, D.add, { i: { kind: 'OWN', name: 'first-try.com' } });
    await refusedPlainly(rootCustomer, D.add, { i: { kind: 'OWN', name: 'second-try.com' } });
    // The same class for every server kind: a database needs a MYSQL server.
    await refusedPlainly(
      rootCustomer,
      `mutation($i: CreateMysqlDatabaseInput!) { createMysqlDatabase(input: $i) { id } }`,
      { i: { name: 'shop' } },
    );

    const admin = await master.fails(D.add, {
      i: { kind: 'OWN', name: 'admin-try.com', accountId: rootCustomer.accountIds[0] },
    });
    expect(admin.extensions?.code).toBe('CONFLICT');
    expect(admin.extensions?.reason).toBe('PROVIDER_SETUP');
    expect(admin.message).toBe(
      'no DNS server has room: there is no DNS server group; create one and add servers to it',
    );

    const alerts = (await master.ok(ALERTS)).operatorAlerts;
    // Latest first: the master's own attempt came last.
    expect(alerts.map((a: any) => [a.problem, a.occurrences, a.fixPath])).toEqual([
      ['NO_ROOM:DNS', 3, '/admin/servers/groups'],
      ['NO_ROOM:MYSQL', 1, '/admin/servers/groups'],
    ]);
    const dns = alerts.find((a: any) => a.problem === 'NO_ROOM:DNS');
    expect(dns.message).toBe('no DNS server has room: there is no DNS server group; create one and add servers to it');

    const mail = await alertMail(api);
    expect(mail.map((m) => m.recipient)).toEqual(['master@root.test', 'master@root.test']); // one per alert, not per attempt
    expect(mail[0]!.body).toContain('no DNS server has room: there is no DNS server group');
    expect(mail[0]!.body).toContain(`Fix it here: ${api.config.publicUrl}/admin/servers/groups`);
  });

  it('servers are the master’s: a reseller’s customer raises the root company’s alert; the reseller admin sees only its own company’s', async () => {
    await refusedPlainly(resellerCustomer, D.add, { i: { kind: 'OWN', name: 'reseller-try.com' } });
    const dns = (await master.ok(ALERTS)).operatorAlerts.find((a: any) => a.problem === 'NO_ROOM:DNS');
    expect(dns.occurrences).toBe(4);
    expect((await reseller.ok(ALERTS)).operatorAlerts).toEqual([]);
    // The reseller's admin, adding a domain for its customer, is not told the master's server details either.
    await refusedPlainly(reseller, D.add, {
      i: { kind: 'OWN', name: 'reseller-admin-try.com', accountId: resellerCustomer.accountIds[0] },
    });
    expect((await reseller.fails(DISMISS, { id: dns.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await rootCustomer.fails(ALERTS)).extensions?.code).toBe('FORBIDDEN');
    expect((await rootCustomer.fails(DISMISS, { id: dns.id })).extensions?.code).toBe('FORBIDDEN');
  });

  it('dismissed, an alert leaves the list; the next occurrence opens it again and mails again', async () => {
    const dns = (await master.ok(ALERTS)).operatorAlerts.find((a: any) => a.problem === 'NO_ROOM:DNS');
    expect((await master.ok(DISMISS, { id: dns.id })).dismissOperatorAlert.resolvedAt).not.toBeNull();
    expect((await master.ok(ALERTS)).operatorAlerts.map((a: any) => a.problem)).toEqual(['NO_ROOM:MYSQL']);
    expect(
      (await master.ok(ALERTS, { all: true })).operatorAlerts.find((a: any) => a.id === dns.id).resolvedAt,
    ).not.toBeNull();
    const mailBefore = (await alertMail(api)).length;

    await refusedPlainly(rootCustomer, D.add, { i: { kind: 'OWN', name: 'third-try.com' } });
    const reopened = (await master.ok(ALERTS)).operatorAlerts.find((a: any) => a.problem === 'NO_ROOM:DNS');
    expect(reopened).toMatchObject({ id: dns.id, occurrences: 1, resolvedAt: null });
    expect((await alertMail(api)).length).toBe(mailBefore + 1);
  });
});

describeApi('operator alerts: no service domain', (api) => {
  it('a reseller’s customer asking for a third-level name: the reseller’s admins are told to set one, the master is not', async () => {
    const master = await setupMaster(api);
    const reseller = await createReseller(master, api);
    const customer = await createEndUser(reseller, api);
    await refusedPlainly(customer, D.add, { i: { kind: 'THIRD_LEVEL', name: 'blog' } });
    const alerts = (await reseller.ok(ALERTS)).operatorAlerts;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ problem: 'SERVICE_DOMAIN', fixPath: '/admin/settings', occurrences: 1 });
    expect(alerts[0].message).toContain('has no service domain yet');
    expect((await master.ok(ALERTS)).operatorAlerts).toEqual([]);
    expect((await alertMail(api)).map((m) => m.recipient)).toEqual([`${reseller.login}@reseller.test`]);
  });
});

describeApi(
  'a DNS server without an address serves no zone (issue 14, part A)',
  (api) => {
    it('refused with the server named until it has an address; then the service zone gets A records for its name servers and loads', async () => {
      const master = await setupMaster(api);
      const addIp = (serverId: string, address: string) =>
        master.ok(`mutation($i: AddIpAddressesInput!) { addIpAddresses(input: $i) { address } }`, {
          i: { serverId, kind: 'SHARED', addresses: [address] },
        });
      const {
        dns: [ns1, ns2],
      } = await setupHosting(master, {
        dns: [
          { name: 'ns1', nameServer: 'ns1.nsless-host.com' },
          { name: 'ns2', nameServer: 'ns2.nsless-host.com' },
        ],
        web: { address: '192.0.2.80' },
        serviceDomain: 'nsless-host.com',
        dnsAddresses: false,
      });
      const customer = await createEndUser(master, api);

      await refusedPlainly(customer, D.add, { i: { kind: 'INSTANT' } });
      const refused = await master.fails(D.add, { i: { kind: 'INSTANT', accountId: customer.accountIds[0] } });
      expect(refused.extensions?.code).toBe('CONFLICT');
      expect(refused.message).toMatch(
        new RegExp(
          `^DNS server ns[12] \\(id (${ns1.id}|${ns2.id})\\) has no IP address: add one on Servers → IP addresses`,
        ),
      );
      const [alert] = (await master.ok(ALERTS)).operatorAlerts;
      expect(alert).toMatchObject({ fixPath: '/admin/servers/ips', occurrences: 2 });
      expect(alert.problem).toMatch(/^NAME_SERVER_ADDRESS:\d+$/);
      expect((await customer.ok(`query { domains { id } }`)).domains).toEqual([]);

      await addIp(ns1.id, '198.51.100.1');
      await expect(
        master.fails(D.add, { i: { kind: 'INSTANT', accountId: customer.accountIds[0] } }),
      ).resolves.toMatchObject({ message: expect.stringContaining(`DNS server ns2 (id ${ns2.id}) has no IP address`) });
      await addIp(ns2.id, '198.51.100.2');

      const instant = (await customer.ok(D.add, { i: { kind: 'INSTANT' } })).addDomain;
      await domainState(customer, instant.id); // the service zone passed the FILES driver's named-checkzone rules
      const nsRecords = await systemEm(
        api.orm,
        'test check: the outbox and the service zone read directly, with no viewer',
      )
        .getConnection()
        .execute(
          `select r.name, r.value from resource_record r join zone z on z.id = r.zone_id where z.name = ? and r.type = 'A' and r.managed = ? order by r.name`,
          ['nsless-host.com', true],
        );
      expect(nsRecords.map((r: any) => [r.name, r.value])).toEqual(
        expect.arrayContaining([
          ['ns1', '198.51.100.1'],
          ['ns2', '198.51.100.2'],
        ]),
      );
    });
  },
  FAST_TASKS,
);
