import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../../test/factories';
import { D, domainState, setupHosting, zoneFileWith as zoneFileWithIn } from '../domains/testing';
import { MAX_RECORDS_PER_DOMAIN } from './enums';
import { FAST_TASKS } from '../mysql/testing';

const FIELDS = 'id name type value target priority';
const Q = {
  add: `mutation($d: ID!, $i: DnsRecordInput!) { addDnsRecord(domainId: $d, input: $i) { ${FIELDS} } }`,
  update: `mutation($id: ID!, $i: DnsRecordInput!) { updateDnsRecord(id: $id, input: $i) { ${FIELDS} } }`,
  records: `query($id: ID!) { domain(id: $id) { zone { serial } records { ${FIELDS} } } }`,
  import: `mutation($d: ID!, $t: String!) { importZoneFile(domainId: $d, text: $t) { added { ${FIELDS} } rejected { line reason } } }`,
};

/*
 * Targets as people type them: a name with a dot is a full host name (mx0.example.com means that
 * host, not mx0.example.com.<domain>), one label is inside the domain, @ is the domain itself.
 * Zone files pasted in keep BIND's rule. Checked through GraphQL and in the file the FILES driver writes.
 */
describeApi(
  'DNS record targets (FILES drivers)',
  (api) => {
    let master: MasterClient;
    let alice: EndUserClient;
    let dnsServers: { name: string }[];

    beforeAll(async () => {
      master = await setupMaster(api);
      dnsServers = (
        await setupHosting(master, {
          dns: [{ nameServer: 'ns1.targets-host.com' }, { nameServer: 'ns2.targets-host.com' }],
          web: { address: '192.0.2.80' },
          serviceDomain: 'targets-host.com',
        })
      ).dns;
      alice = await createEndUser(master, api);
    });

    const zoneFileWith = (zone: string, lines: string[]) => zoneFileWithIn(api.config, dnsServers, zone, lines);

    it('a typed name with a dot is a full host name; one label is inside the domain; @ is the domain', async () => {
      const d = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'target-test.com' } })).addDomain;
      await domainState(alice, d.id);
      const add = async (i: Record<string, unknown>) => (await alice.ok(Q.add, { d: d.id, i })).addDnsRecord;

      expect(await add({ name: '@', type: 'MX', priority: 20, value: 'mx0.target-test.com' })).toMatchObject({
        value: 'mx0.target-test.com',
        target: 'mx0.target-test.com.',
      });
      expect((await add({ name: '@', type: 'MX', priority: 30, value: 'backup' })).target).toBe(
        'backup.target-test.com.',
      );
      expect((await add({ name: '@', type: 'MX', priority: 40, value: '@' })).target).toBe('target-test.com.');
      expect((await add({ name: '@', type: 'MX', priority: 50, value: 'MX.Mail-Provider.NET' })).target).toBe(
        'mx.mail-provider.net.',
      );
      expect((await add({ name: 'docs', type: 'CNAME', value: 'ghs.googlehosted.com' })).target).toBe(
        'ghs.googlehosted.com.',
      );
      expect((await add({ name: 'blog', type: 'CNAME', value: 'www' })).target).toBe('www.target-test.com.');
      expect((await add({ name: 'apex', type: 'CNAME', value: '@' })).target).toBe('target-test.com.');
      expect((await add({ name: 'old', type: 'CNAME', value: 'www.target-test.com.' })).target).toBe(
        'www.target-test.com.',
      );
      expect(
        (
          await add({
            name: '_sip._tcp',
            type: 'SRV',
            priority: 10,
            weight: 5,
            port: 5060,
            value: 'sip.target-test.com',
          })
        ).target,
      ).toBe('sip.target-test.com.');
      expect(
        (await add({ name: '_imaps._tcp', type: 'SRV', priority: 0, weight: 0, port: 993, value: 'mail' })).target,
      ).toBe('mail.target-test.com.');
      expect((await add({ name: 'sub', type: 'NS', value: 'ns1.other-dns.net' })).target).toBe('ns1.other-dns.net.');
      expect((await add({ name: 'txt', type: 'TXT', value: 'mx0.target-test.com' })).target).toBeNull();

      await zoneFileWith('target-test.com', [
        '@\t3600\tIN\tMX\t10 mail.target-test.com.', // the panel's default is unchanged
        '@\t3600\tIN\tMX\t20 mx0.target-test.com.',
        '@\t3600\tIN\tMX\t30 backup.target-test.com.',
        '@\t3600\tIN\tMX\t40 target-test.com.',
        '@\t3600\tIN\tMX\t50 mx.mail-provider.net.',
        'docs\t3600\tIN\tCNAME\tghs.googlehosted.com.',
        'blog\t3600\tIN\tCNAME\twww.target-test.com.',
        'apex\t3600\tIN\tCNAME\ttarget-test.com.',
        'old\t3600\tIN\tCNAME\twww.target-test.com.',
        '_sip._tcp\t3600\tIN\tSRV\t10 5 5060 sip.target-test.com.',
        '_imaps._tcp\t3600\tIN\tSRV\t0 0 993 mail.target-test.com.',
        'sub\t3600\tIN\tNS\tns1.other-dns.net.',
      ]);
      const text = await zoneFileWith('target-test.com', []);
      expect(text).not.toContain('target-test.com.target-test.com');
      expect(text).not.toContain('googlehosted.com.target-test.com');
    });

    it('an edit form that sends back the stored target keeps it, instead of appending the domain again', async () => {
      const d = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'edit-test.com' } })).addDomain;
      await domainState(alice, d.id);
      const mx = (await alice.ok(Q.add, { d: d.id, i: { name: '@', type: 'MX', priority: 20, value: 'relay' } }))
        .addDnsRecord;
      expect(mx.value).toBe('relay.edit-test.com');
      const saved = (
        await alice.ok(Q.update, { id: mx.id, i: { name: '@', type: 'MX', priority: 25, value: mx.value } })
      ).updateDnsRecord;
      expect(saved).toMatchObject({ value: 'relay.edit-test.com', target: 'relay.edit-test.com.', priority: 25 });
      await zoneFileWith('edit-test.com', ['@\t3600\tIN\tMX\t25 relay.edit-test.com.']);
    });

    it('a third-level name: one label is under that name, a dotted name is a full host name', async () => {
      const shop = (await alice.ok(D.add, { i: { kind: 'THIRD_LEVEL', name: 'shop' } })).addDomain;
      await domainState(alice, shop.id);
      expect(
        (await alice.ok(Q.add, { d: shop.id, i: { name: '@', type: 'MX', priority: 10, value: 'mail' } })).addDnsRecord
          .target,
      ).toBe('mail.shop.targets-host.com.');
      expect(
        (await alice.ok(Q.add, { d: shop.id, i: { name: '@', type: 'MX', priority: 20, value: 'mx.example.net' } }))
          .addDnsRecord.target,
      ).toBe('mx.example.net.');
      await zoneFileWith('targets-host.com', [
        'shop\t3600\tIN\tMX\t10 mail.shop.targets-host.com.',
        'shop\t3600\tIN\tMX\t20 mx.example.net.',
      ]);
    });

    it('a bad target is refused naming the value field, and changes nothing', async () => {
      const d = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'refuse-test.com' } })).addDomain;
      const before = (await alice.ok(Q.records, { id: (await domainState(alice, d.id)).id })).domain;
      for (const value of ['mx0..refuse-test.com', '192.0.2.1', '.', '_mx.example.net', 'mail.example.123']) {
        const err = await alice.fails(Q.add, { d: d.id, i: { name: '@', type: 'MX', priority: 10, value } });
        expect(err.extensions?.code, value).toBe('BAD_USER_INPUT');
        expect(err.extensions?.fields, value).toEqual([{ field: 'value', message: expect.any(String) }]);
      }
      expect((await alice.ok(Q.records, { id: d.id })).domain).toEqual(before);
    });

    it('a pasted zone file keeps BIND’s rule: a name without the final dot is relative to $ORIGIN', async () => {
      const d = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'import-test.com' } })).addDomain;
      await domainState(alice, d.id);
      const zoneFile = [
        '$ORIGIN import-test.com.',
        'a IN CNAME host.sub',
        'b IN CNAME host.example.net.',
        '@ IN MX 20 mx0.import-test.com',
      ].join('\n');
      const result = (await alice.ok(Q.import, { d: d.id, t: zoneFile })).importZoneFile;
      expect(result.rejected).toEqual([]);
      expect(result.added.map((r: any) => [r.name, r.target]).sort()).toEqual([
        ['@', 'mx0.import-test.com.import-test.com.'],
        ['a', 'host.sub.import-test.com.'],
        ['b', 'host.example.net.'],
      ]);
    });

    it('a domain holds at most MAX_RECORDS_PER_DOMAIN records: an import takes what fits, one more is refused', async () => {
      const d = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'full-zone.com' } })).addDomain;
      await domainState(alice, d.id);
      const have = (await alice.ok(Q.records, { id: d.id })).domain.records.length;
      const lines = Array.from(
        { length: MAX_RECORDS_PER_DOMAIN - have + 3 },
        (_, i) => `h${i} IN A 192.0.2.${(i % 250) + 1}`,
      );
      const result = (await alice.ok(Q.import, { d: d.id, t: ['$ORIGIN full-zone.com.', ...lines].join('\n') }))
        .importZoneFile;
      expect(result.added).toHaveLength(MAX_RECORDS_PER_DOMAIN - have);
      expect(result.rejected).toHaveLength(3);
      expect(result.rejected[0].reason).toContain(`at most ${MAX_RECORDS_PER_DOMAIN} DNS records`);
      expect((await alice.ok(Q.records, { id: d.id })).domain.records).toHaveLength(MAX_RECORDS_PER_DOMAIN);
      const err = await alice.fails(Q.add, { d: d.id, i: { name: 'one-more', type: 'A', value: '192.0.2.9' } });
      expect([err.extensions?.code, err.message]).toEqual([
        'CONFLICT',
        `A domain holds at most ${MAX_RECORDS_PER_DOMAIN} DNS records; delete one first`,
      ]);
    });
  },
  FAST_TASKS,
);
