import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { createEndUser, setupMaster, type MasterClient } from '../../test/factories';
import { B, createPlan, P, signupOn } from '../billing/testing';
import { D, domainState, setupHosting } from '../domains/testing';
import { FAST_TASKS, Q as M, setupMysqlServer } from '../mysql/testing';
import { makeChain } from '../ssl/testing';

/* A plan's limits hold on the hosting operations (BIL-1): counted resources, and what a plan leaves out. */
describeApi(
  'plan limits',
  (api) => {
    let master: MasterClient;
    let webServer: string;

    beforeAll(async () => {
      master = await setupMaster(api);
      webServer = (
        await setupHosting(master, {
          dns: [{ nameServer: 'ns1.limits-host.com' }, { nameServer: 'ns2.limits-host.com' }],
          web: { address: '192.0.2.81' },
          serviceDomain: 'limits-host.com',
        })
      ).web.id;
      await setupMysqlServer(master, 'FILES');
    });

    const limitOf = (limits: { kind: string; limit: number | null; used: number | null }[], kind: string) =>
      limits.find((l) => l.kind === kind);

    it('the second parked domain on a plan allowing one is refused with the resource and the limit; Account.limits counts it', async () => {
      const planId = await createPlan(master, {
        resources: [
          { kind: 'DOMAIN', maxUnits: 1 },
          { kind: 'DISK_MB', maxUnits: null },
        ],
      });
      const { client, accountId } = await signupOn(api, undefined, planId, 1);
      await client.ok(D.add, { i: { kind: 'PARKED', name: 'first-parked.com' } });
      const err = await client.fails(D.add, { i: { kind: 'PARKED', name: 'second-parked.com' } });
      expect(err.extensions).toMatchObject({ code: 'CONFLICT', resource: 'DOMAIN', limit: 1 });
      expect(err.message).toContain('at most 1 domains');
      expect((await client.ok(D.domains, {})).domains.map((d: any) => d.name)).toEqual(['first-parked.com']);

      const limits = (await client.ok(P.account, { id: accountId })).account.limits;
      expect(limits).toHaveLength(9);
      expect(limitOf(limits, 'DOMAIN')).toEqual({ kind: 'DOMAIN', limit: 1, used: 1 });
      expect(limitOf(limits, 'MYSQL_DATABASE')).toEqual({ kind: 'MYSQL_DATABASE', limit: 0, used: 0 });
      expect(limitOf(limits, 'WEB_SITE')).toEqual({ kind: 'WEB_SITE', limit: 0, used: 0 });
      expect(limitOf(limits, 'DISK_MB')).toEqual({ kind: 'DISK_MB', limit: null, used: null });
      expect(limitOf(limits, 'TRAFFIC_GB')).toEqual({ kind: 'TRAFFIC_GB', limit: 0, used: null });

      // Web space is a site, not a domain: this plan includes no sites.
      const site = await client.fails(D.add, { i: { kind: 'NO_DOMAIN' } });
      expect(site.extensions).toMatchObject({ code: 'CONFLICT', resource: 'WEB_SITE', limit: 0 });
    });

    it('sites’ certificates are a plan resource: one beyond the limit is refused, replacing one is not', async () => {
      const planId = await createPlan(master, {
        resources: [
          { kind: 'DOMAIN', maxUnits: 2 },
          { kind: 'WEB_SITE', maxUnits: 2 },
          { kind: 'SSL_CERTIFICATE', maxUnits: 1 },
        ],
      });
      const { client, accountId } = await signupOn(api, undefined, planId, 1);
      const sites: string[] = [];
      for (const name of ['first-tls.com', 'second-tls.com']) {
        const d = (await client.ok(D.add, { i: { kind: 'OWN', name } })).addDomain;
        sites.push((await domainState(client, d.id)).site.id);
      }
      const upload = `mutation($s: ID!, $i: CertificateUploadInput!) { uploadSiteCertificate(siteId: $s, input: $i) { id } }`;
      const certFor = async (name: string) => {
        const { intermediate, leaf } = await makeChain([name, `www.${name}`]);
        return { certificate: leaf.pem, privateKey: leaf.keyPem, chain: intermediate.pem };
      };
      await client.ok(upload, { s: sites[0], i: await certFor('first-tls.com') });
      const err = await client.fails(upload, { s: sites[1], i: await certFor('second-tls.com') });
      expect(err.extensions).toMatchObject({ code: 'CONFLICT', resource: 'SSL_CERTIFICATE', limit: 1 });
      const free = await client.fails(`mutation($s: ID!) { issueSiteCertificate(siteId: $s) { id } }`, { s: sites[1] });
      expect(free.extensions).toMatchObject({ code: 'CONFLICT', resource: 'SSL_CERTIFICATE' });
      // A new certificate for the first site replaces its own: allowed.
      await client.ok(upload, { s: sites[0], i: await certFor('first-tls.com') });
      const limits = (await client.ok(P.account, { id: accountId })).account.limits;
      expect(limitOf(limits, 'SSL_CERTIFICATE')).toEqual({ kind: 'SSL_CERTIFICATE', limit: 1, used: 1 });
    });

    it('a company may require a dedicated IP for certificates (H-Sphere): refused without one, allowed once the account holds one', async () => {
      await master.ok(`mutation($i: AddIpAddressesInput!) { addIpAddresses(input: $i) { address } }`, {
        i: { serverId: webServer, kind: 'DEDICATED', addresses: ['192.0.2.95'] },
      });
      const planId = await createPlan(master, {
        resources: [
          { kind: 'DOMAIN', maxUnits: 1 },
          { kind: 'WEB_SITE', maxUnits: 1 },
          { kind: 'DEDICATED_IP', maxUnits: 1 },
          { kind: 'SSL_CERTIFICATE', maxUnits: 1 },
        ],
      });
      const { client, accountId } = await signupOn(api, undefined, planId, 1);
      const d = (await client.ok(D.add, { i: { kind: 'OWN', name: 'dedicated-tls.com' } })).addDomain;
      const site = (await domainState(client, d.id)).site.id;
      const { intermediate, leaf } = await makeChain(['dedicated-tls.com', 'www.dedicated-tls.com']);
      const input = { certificate: leaf.pem, privateKey: leaf.keyPem, chain: intermediate.pem };
      const upload = `mutation($s: ID!, $i: CertificateUploadInput!) { uploadSiteCertificate(siteId: $s, input: $i) { id } }`;
      const policy = `mutation($r: Boolean!) { setSslPolicy(requireDedicatedIp: $r) { requireDedicatedIp } }`;
      expect((await client.fails(policy, { r: true })).extensions?.code).toBe('FORBIDDEN');
      expect((await master.ok(policy, { r: true })).setSslPolicy).toEqual({ requireDedicatedIp: true });
      expect((await master.ok(`query { sslPolicy { requireDedicatedIp } }`)).sslPolicy.requireDedicatedIp).toBe(true);
      try {
        const refused = await client.fails(upload, { s: site, i: input });
        expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DEDICATED_IP_REQUIRED' });
        const free = await client.fails(`mutation($s: ID!) { issueSiteCertificate(siteId: $s) { id } }`, { s: site });
        expect(free.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DEDICATED_IP_REQUIRED' });
        await master.ok(`mutation($a: ID!, $s: ID!) { allocateIp(accountId: $a, serverId: $s) { address } }`, {
          a: accountId,
          s: webServer,
        });
        await client.ok(upload, { s: site, i: input });
      } finally {
        await master.ok(policy, { r: false });
      }
    });

    it('a plan without MySQL databases refuses them ("does not include"); a plan with two allows two', async () => {
      const none = await createPlan(master, { resources: [{ kind: 'MYSQL_USER', maxUnits: 3 }] });
      const a = await signupOn(api, undefined, none, 1);
      const err = await a.client.fails(M.createDatabase, { i: { name: 'shop' } });
      expect(err.extensions).toMatchObject({ code: 'CONFLICT', resource: 'MYSQL_DATABASE', limit: 0 });
      expect(err.message).toBe('The account’s plan does not include MySQL databases');
      expect((await a.client.ok(M.databases, {})).mysqlDatabases).toEqual([]);
      await a.client.ok(M.createUser, { i: { name: 'app', password: 'long-enough-pw' } });

      const two = await createPlan(master, { resources: [{ kind: 'MYSQL_DATABASE', maxUnits: 2 }] });
      const b = await signupOn(api, undefined, two, 1);
      await b.client.ok(M.createDatabase, { i: { name: 'one' } });
      await b.client.ok(M.createDatabase, { i: { name: 'two' } });
      expect((await b.client.fails(M.createDatabase, { i: { name: 'three' } })).extensions).toMatchObject({
        resource: 'MYSQL_DATABASE',
        limit: 2,
      });
      expect(limitOf((await b.client.ok(P.account, { id: b.accountId })).account.limits, 'MYSQL_DATABASE')).toEqual({
        kind: 'MYSQL_DATABASE',
        limit: 2,
        used: 2,
      });
    });

    it('dedicated IP addresses an admin allocates count against the plan: the second on a plan allowing one is refused', async () => {
      await master.ok(`mutation($i: AddIpAddressesInput!) { addIpAddresses(input: $i) { address } }`, {
        i: { serverId: webServer, kind: 'DEDICATED', addresses: ['192.0.2.90-192.0.2.92'] },
      });
      const planId = await createPlan(master, { resources: [{ kind: 'DEDICATED_IP', maxUnits: 1 }] });
      const { client, accountId } = await signupOn(api, undefined, planId, 1);
      const allocate = `mutation($a: ID!, $s: ID!) { allocateIp(accountId: $a, serverId: $s) { address account { id } } }`;
      expect((await master.ok(allocate, { a: accountId, s: webServer })).allocateIp).toEqual({
        address: '192.0.2.90',
        account: { id: accountId },
      });
      const err = await master.fails(allocate, { a: accountId, s: webServer });
      expect(err.extensions).toMatchObject({ code: 'CONFLICT', resource: 'DEDICATED_IP', limit: 1 });
      const free = await master.ok(
        `query($s: ID) { ipAddresses(serverId: $s, kind: DEDICATED, free: true) { totalCount } }`,
        { s: webServer },
      );
      expect(free.ipAddresses.totalCount).toBe(2);
      expect(limitOf((await client.ok(P.account, { id: accountId })).account.limits, 'DEDICATED_IP')).toEqual({
        kind: 'DEDICATED_IP',
        limit: 1,
        used: 1,
      });
    });

    it('an account without a plan has the default limits and no billing', async () => {
      const user = await createEndUser(master, api);
      const acc = (await user.ok(P.account, { id: user.accountIds[0] })).account;
      expect(acc).toMatchObject({ plan: null, periodMonths: null, nextBillingAt: null });
      expect(limitOf(acc.limits, 'DOMAIN')).toEqual({ kind: 'DOMAIN', limit: 10, used: 0 });
      expect(limitOf(acc.limits, 'DEDICATED_IP')).toEqual({ kind: 'DEDICATED_IP', limit: null, used: 0 });
      expect(limitOf(acc.limits, 'DISK_MB')).toEqual({ kind: 'DISK_MB', limit: null, used: null });
      expect((await user.ok(B.invoices, {})).invoices.totalCount).toBe(0);
    });
  },
  FAST_TASKS,
);
