import { beforeAll, describe, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../../test/factories';
import { FAST_TASKS } from '../mysql/testing';
import { putOnPlan } from '../plans/testing';
import { D, domainGone, domainState, setupHosting } from './testing';

/* Domains on FILES drivers (the embedded default): the flows and rules that need no real server. */
describeApi(
  'domains (FILES drivers)',
  (api) => {
    let master: MasterClient;
    let alice: EndUserClient;
    let servers: Awaited<ReturnType<typeof setupHosting>>;

    beforeAll(async () => {
      master = await setupMaster(api);
      servers = await setupHosting(master, {
        dns: [{ nameServer: 'ns1.files-host.com' }, { nameServer: 'ns2.files-host.com' }],
        web: { address: '192.0.2.80' },
        serviceDomain: 'files-host.com',
      });
      alice = await createEndUser(master, api);
    });

    async function raiseLimit(accountId: string, maxDomains: number): Promise<void> {
      await putOnPlan(api.orm, accountId, { DOMAIN: maxDomains, WEB_SITE: maxDomains });
    }

    it('instant access gets a generated name under the service domain; web space gets a site with no names', async () => {
      const instant = (await alice.ok(D.add, { i: { kind: 'INSTANT' } })).addDomain;
      expect(instant.name).toMatch(/^a\d+-[0-9a-f]{5}\.files-host\.com$/);
      expect(instant.nameServers).toEqual([]);
      const live = await domainState(alice, instant.id);
      expect(live.site).toMatchObject({ state: 'ACTIVE', serverNames: [instant.name] });
      expect(live.records.map((r: any) => [r.fqdn, r.type, r.value])).toEqual([[instant.name, 'A', '192.0.2.80']]);

      const space = (await alice.ok(D.add, { i: { kind: 'NO_DOMAIN' } })).addDomain;
      expect(space).toMatchObject({ name: null, kind: 'NO_DOMAIN', zone: null, records: [] });
      expect((await domainState(alice, space.id)).site).toMatchObject({ state: 'ACTIVE', serverNames: [] });
      expect((await alice.fails(D.add, { i: { kind: 'NO_DOMAIN' } })).extensions?.code).toBe('CONFLICT');
    });

    it('a third-level name: the label is checked, reserved names and duplicates refused, records kept under it', async () => {
      for (const [name, message] of [
        ['www', 'reserved'],
        ['two.labels', 'one label'],
        ['-x', 'dash'],
      ] as const) {
        const err = await alice.fails(D.add, { i: { kind: 'THIRD_LEVEL', name } });
        expect(err.extensions?.code).toBe('BAD_USER_INPUT');
        expect(JSON.stringify(err.extensions?.fields)).toContain(message);
      }
      const blog = (await alice.ok(D.add, { i: { kind: 'THIRD_LEVEL', name: 'blog' } })).addDomain;
      expect((await alice.fails(D.add, { i: { kind: 'THIRD_LEVEL', name: 'Blog' } })).extensions?.fields).toEqual([
        { field: 'name', message: 'blog.files-host.com is already hosted here' },
      ]);
      await domainState(alice, blog.id);
      const txt = (await alice.ok(D.addRecord, { d: blog.id, i: { name: '_verify', type: 'TXT', value: 'token' } }))
        .addDnsRecord;
      expect(txt).toMatchObject({ name: '_verify.blog', fqdn: '_verify.blog.files-host.com' });
      // The user's records never reach outside the name: an absolute name elsewhere in the service zone is refused.
      const outside = await alice.fails(D.addRecord, {
        d: blog.id,
        i: { name: 'evil.files-host.com.', type: 'A', value: '192.0.2.1' },
      });
      expect(outside.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('records: update and delete; managed name server records cannot be changed; zone import reports what it left out', async () => {
      const d = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'records-flow.com' } })).addDomain;
      await domainState(alice, d.id);
      const rec = (await alice.ok(D.addRecord, { d: d.id, i: { name: 'app', type: 'A', value: '192.0.2.10' } }))
        .addDnsRecord;
      const moved = (
        await alice.ok(D.updateRecord, { id: rec.id, i: { name: 'app', type: 'AAAA', value: '2001:DB8::1', ttl: 300 } })
      ).updateDnsRecord;
      expect(moved).toMatchObject({ id: rec.id, type: 'AAAA', value: '2001:db8::1', ttl: 300 });
      expect(await alice.ok(D.deleteRecord, { id: rec.id })).toEqual({ deleteDnsRecord: true });

      const ns = (await alice.ok(D.domain, { id: d.id })).domain.records.find((r: any) => r.type === 'NS');
      expect(ns.managed).toBe(true);
      expect((await alice.fails(D.deleteRecord, { id: ns.id })).extensions?.code).toBe('CONFLICT');

      const zoneFile = [
        '$TTL 3600',
        '@ IN SOA ns1.old-host.com. admin.records-flow.com. ( 1 7200 3600 1209600 3600 )',
        '@ IN NS ns1.old-host.com.',
        'blog IN CNAME ghs.example.net.',
        'ftp 600 IN A 192.0.2.21',
        '@ IN TXT "google-site-verification=abc"',
        'bad IN A 999.1.1.1',
        '1 IN PTR host.example.',
        'www IN CNAME elsewhere.example.', // www already has an A record (a default one)
      ].join('\n');
      const result = (await alice.ok(D.import, { d: d.id, t: zoneFile })).importZoneFile;
      expect(result.added.map((r: any) => `${r.name} ${r.type}`).sort()).toEqual(['@ TXT', 'blog CNAME', 'ftp A']);
      expect(result.skipped.map((l: any) => l.line)).toEqual([2, 3]);
      expect(result.rejected.map((l: any) => l.line)).toEqual([7, 8, 9]);
      expect(result.rejected[2].reason).toContain('CNAME');
    });

    it('the account’s domain limit is enforced; a suspended account gets no new domain', async () => {
      const bob = await createEndUser(master, api);
      await raiseLimit(bob.accountIds[0]!, 1);
      await bob.ok(D.add, { i: { kind: 'PARKED', name: 'limit-one.com' } });
      const err = await bob.fails(D.add, { i: { kind: 'PARKED', name: 'limit-two.com' } });
      expect(err.extensions?.code).toBe('CONFLICT');
      expect(err.message).toContain('at most 1 domains');
      expect(err.extensions).toMatchObject({ resource: 'DOMAIN', limit: 1 });
    });

    it('the service domain: admins set it, end users may not; it cannot move once names exist under it', async () => {
      expect((await alice.fails(D.settings)).extensions?.code).toBe('FORBIDDEN');
      expect((await alice.fails(D.setServiceDomain, { s: 'mine.com' })).extensions?.code).toBe('FORBIDDEN');
      const settings = (await master.ok(D.settings)).dnsSettings;
      expect(settings).toEqual({
        serviceDomain: 'files-host.com',
        nameServers: ['ns1.files-host.com', 'ns2.files-host.com'],
      });
      expect((await master.fails(D.setServiceDomain, { s: 'other-host.com' })).extensions?.code).toBe('CONFLICT');
      expect((await master.fails(D.setServiceDomain, { s: 'not a domain' })).extensions?.fields).toEqual([
        expect.objectContaining({ field: 'serviceDomain' }),
      ]);
    });

    it('deleting: the domain goes with its site and zone; a parked one with its zone', async () => {
      const own = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'short-lived.com' } })).addDomain;
      await domainState(alice, own.id);
      const deleting = (await alice.ok(D.delete, { id: own.id })).deleteDomain;
      expect(deleting.state).toBe('DELETING');
      expect((await alice.fails(D.delete, { id: own.id })).extensions?.code).toBe('CONFLICT');
      await domainGone(alice, own.id);
      // The name is free again.
      const again = (await alice.ok(D.add, { i: { kind: 'PARKED', name: 'short-lived.com' } })).addDomain;
      await domainState(alice, again.id);
      await alice.ok(D.delete, { id: again.id });
      await domainGone(alice, again.id);
      expect(servers.dns).toHaveLength(2);
    });
  },
  FAST_TASKS,
);

// Its own database: the 400 zone tasks it queues would delay every later test's.
describeApi(
  'zone placement (FILES drivers)',
  (api) => {
    it('the primary of each zone is chosen at random: 200 domains on two servers split within 35–65 %', async () => {
      const master = await setupMaster(api);
      await setupHosting(master, {
        dns: [{ nameServer: 'ns1.files-host.com' }, { nameServer: 'ns2.files-host.com' }],
        web: { address: '192.0.2.80' },
        serviceDomain: null,
      });
      const user = await createEndUser(master, api);
      await putOnPlan(api.orm, user.accountIds[0]!, { DOMAIN: 300, WEB_SITE: 300 });
      const primaries = new Map<string, number>();
      for (let i = 0; i < 200; i++) {
        const d = (await user.ok(D.add, { i: { kind: 'PARKED', name: `spread-${i}.com` } })).addDomain;
        const ns = d.records.find((r: any) => r.type === 'NS').value; // the first apex NS names the primary
        primaries.set(ns, (primaries.get(ns) ?? 0) + 1);
      }
      expect([...primaries.keys()].sort()).toEqual(['ns1.files-host.com', 'ns2.files-host.com']);
      for (const count of primaries.values()) {
        // A fair choice leaves 35–65 % about once in 40,000 runs (40–60 % failed about one run in 200).
        expect(count).toBeGreaterThanOrEqual(70);
        expect(count).toBeLessThanOrEqual(130);
      }
    }, 120_000);
  },
  FAST_TASKS,
);

describeApi(
  'zone placement with fixed roles (FILES drivers)',
  (api) => {
    it('a server the admin marked PRIMARY is every zone’s primary; the SECONDARY one every zone’s secondary', async () => {
      const master = await setupMaster(api);
      await setupHosting(master, {
        dns: [
          { nameServer: 'ns-b.fixed-host.com', dnsRole: 'SECONDARY' },
          { nameServer: 'ns-a.fixed-host.com', dnsRole: 'PRIMARY' },
        ],
        web: { address: '192.0.2.80' },
        serviceDomain: null,
      });
      const user = await createEndUser(master, api);
      for (let i = 0; i < 8; i++) {
        const d = (await user.ok(D.add, { i: { kind: 'PARKED', name: `fixed-${i}.com` } })).addDomain;
        expect(d.nameServers, d.name).toEqual(['ns-a.fixed-host.com', 'ns-b.fixed-host.com']); // primary first
      }
    });
  },
  FAST_TASKS,
);

describe('domains without a cluster', () => {
  describeApi('no DNS server', (api) => {
    it('adding a domain tells the admin which servers are missing, the customer only that the provider knows, and writes nothing', async () => {
      const master = await setupMaster(api);
      const user = await createEndUser(master, api);
      const err = await user.fails(D.add, { i: { kind: 'OWN', name: 'nowhere-yet.com' } });
      expect(err.extensions?.code).toBe('CONFLICT');
      expect(err.message).toBe('This can’t be done right now; your provider has been told.');
      const admin = await master.fails(D.add, {
        i: { kind: 'OWN', name: 'nowhere-yet.com', accountId: user.accountIds[0] },
      });
      expect(admin.extensions?.code).toBe('CONFLICT');
      expect(admin.message).toContain('no DNS server has room');
      expect((await user.ok(D.domains)).domains).toEqual([]);
    });
  });
});
