import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../../test/factories';
import { namedStatus, startNamed, type NamedInstance } from '../../test/named';
import { nginxStatus, startNginx, type NginxInstance } from '../../test/nginx';
import { eventually, FAST_TASKS } from '../mysql/testing';
import { D, domainGone, domainState, setupHosting } from './testing';

const exec = promisify(execFile);

/*
 * The whole path on real servers: GraphQL → service → tasks → BIND and nginx drivers → our own
 * two named instances (primary and secondary, zone transfers between them) and our own nginx,
 * then dig and HTTP as the Internet would ask.
 */
describe('domains on real BIND and nginx', async () => {
  const tools = [await namedStatus(), await nginxStatus()];
  const missing = tools.find((t) => !t.ok);
  if (missing && !missing.ok) {
    it.skip(`skipped: ${missing.reason}`, () => {});
    return;
  }

  describeApi(
    'domains, zones and sites through the API',
    (api) => {
      let ns1: NamedInstance;
      let ns2: NamedInstance;
      let web: NginxInstance;
      let master: MasterClient;
      let alice: EndUserClient;
      let bob: EndUserClient;
      /** The named instance serving each DNS server's name (ns1/ns2.helio-test.com), to ask the right one. */
      const byNs = new Map<string, NamedInstance>();

      beforeAll(async () => {
        [ns1, ns2, web] = await Promise.all([startNamed({ name: 'ns1' }), startNamed({ name: 'ns2' }), startNginx()]);
        byNs.set('ns1.helio-test.com', ns1).set('ns2.helio-test.com', ns2);
        master = await setupMaster(api);
        await setupHosting(master, {
          dns: [ns1, ns2].map((n, i) => ({
            host: n.host,
            port: n.port,
            configDir: n.configDir,
            controlCommand: n.controlCommand,
            nameServer: `ns${i + 1}.helio-test.com`,
          })),
          web: {
            host: '127.0.0.1',
            port: web.port,
            configDir: web.configDir,
            webRoot: web.webRoot,
            controlCommand: web.controlCommand,
            address: '127.0.0.1',
          },
        });
        alice = await createEndUser(master, api);
        bob = await createEndUser(master, api);
      }, 60_000);

      afterAll(async () => {
        await Promise.allSettled([ns1?.stop(), ns2?.stop(), web?.stop()]);
      });

      /** Asks both name servers; resolves when both answer `expected`. */
      const bothAnswer = (name: string, type: string, expected: string[]) =>
        eventually(async () => {
          for (const n of [ns1, ns2])
            expect((await n.dig(name, type)).sort(), `${name} ${type} on port ${n.port}`).toEqual([...expected].sort());
        }, 20_000);

      it('an own domain resolves on the primary and the secondary, and its site serves the default page', async () => {
        const added = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'Example-Shop.com' } })).addDomain;
        expect(added).toMatchObject({ name: 'example-shop.com', kind: 'OWN', state: 'QUEUED' });
        expect(added.nameServers.sort()).toEqual(['ns1.helio-test.com', 'ns2.helio-test.com']);
        expect(added.instantAlias).toMatch(/^a\d+-[0-9a-f]{5}\.helio-test\.com$/);
        const domain = await domainState(alice, added.id);
        expect(domain.site).toMatchObject({
          state: 'ACTIVE',
          serverNames: ['example-shop.com', 'www.example-shop.com', added.instantAlias],
        });

        const txt = await alice.ok(D.addRecord, {
          d: added.id,
          i: { name: '@', type: 'TXT', value: 'v=spf1 a mx -all' },
        });
        expect(txt.addDnsRecord).toMatchObject({ name: '@', fqdn: 'example-shop.com', type: 'TXT', managed: false });

        await bothAnswer('example-shop.com', 'A', ['127.0.0.1']);
        await bothAnswer('www.example-shop.com', 'A', ['127.0.0.1']);
        await bothAnswer('example-shop.com', 'MX', ['10 mail.example-shop.com.']);
        await bothAnswer('example-shop.com', 'TXT', ['"v=spf1 a mx -all"']);
        await bothAnswer('example-shop.com', 'NS', ['ns1.helio-test.com.', 'ns2.helio-test.com.']);
        // The instant-access alias lives in the service zone, on the same two servers.
        await bothAnswer(added.instantAlias, 'A', ['127.0.0.1']);

        const page = await web.get('example-shop.com');
        expect(page.status).toBe(200);
        expect(page.body).toContain('example-shop.com');
        expect((await web.get('www.example-shop.com')).status).toBe(200);
        expect((await web.get(added.instantAlias)).status).toBe(200);
        expect((await web.get('not-hosted.example')).status).toBe(404);
      });

      it('adding a record raises the serial, and the secondary follows through a zone transfer', async () => {
        const d = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'serial-check.com' } })).addDomain;
        const before = (await domainState(alice, d.id)).zone.serial;
        await eventually(async () => expect(await ns2.soaSerial('serial-check.com')).toBe(before), 20_000);

        await alice.ok(D.addRecord, { d: d.id, i: { name: 'api', type: 'CNAME', value: 'www' } });
        await alice.ok(D.addRecord, {
          d: d.id,
          i: { name: '@', type: 'MX', priority: 20, value: 'mx0.serial-check.com' },
        }); // a dotted target is a full host name
        const after = (await alice.ok(D.domain, { id: d.id })).domain.zone.serial;
        expect(after).toBeGreaterThan(before);
        await eventually(async () => {
          for (const n of [ns1, ns2]) expect(await n.soaSerial('serial-check.com')).toBe(after);
        }, 20_000);
        await bothAnswer('api.serial-check.com', 'CNAME', ['www.serial-check.com.']);
        await bothAnswer('serial-check.com', 'MX', ['10 mail.serial-check.com.', '20 mx0.serial-check.com.']);
      });

      it('TXT data with quotes, newlines, semicolons and parentheses stays one record, byte for byte', async () => {
        const d = (
          await alice.ok(D.add, { i: { kind: 'PARKED', name: 'escape-test.com', targetAddress: '192.0.2.7' } })
        ).addDomain;
        await domainState(alice, d.id);
        const nasty = 'a "quoted" \\ back; semi (paren) $ORIGIN evil.\nnext IN A 6.6.6.6';
        await alice.ok(D.addRecord, { d: d.id, i: { name: 'x', type: 'TXT', value: nasty } });
        await alice.ok(D.addRecord, { d: d.id, i: { name: 'long', type: 'TXT', value: 'k'.repeat(600) } });
        await eventually(async () => {
          const raw = await exec('dig', ['+short', '@127.0.0.1', '-p', String(ns1.port), 'x.escape-test.com', 'TXT']);
          expect(raw.stdout.trim()).toBe(
            '"a \\"quoted\\" \\\\ back; semi (paren) $ORIGIN evil.\\010next IN A 6.6.6.6"',
          );
        }, 20_000);
        await bothAnswer('next.escape-test.com', 'A', []); // nothing was injected
        await bothAnswer('escape-test.com', 'A', ['192.0.2.7']);
        // Its own change: it may reach the servers after the record above.
        await bothAnswer('long.escape-test.com', 'TXT', [
          `"${'k'.repeat(255)}" "${'k'.repeat(255)}" "${'k'.repeat(90)}"`,
        ]);
      });

      it('a third-level name gets records in the service zone and a site', async () => {
        const d = (await alice.ok(D.add, { i: { kind: 'THIRD_LEVEL', name: 'shop' } })).addDomain;
        expect(d.name).toBe('shop.helio-test.com');
        await domainState(alice, d.id);
        await bothAnswer('shop.helio-test.com', 'A', ['127.0.0.1']);
        await bothAnswer('www.shop.helio-test.com', 'A', ['127.0.0.1']);
        expect((await web.get('shop.helio-test.com')).status).toBe(200);
        // The name server addresses under the service domain are published too.
        await bothAnswer('ns1.helio-test.com', 'A', ['127.0.0.1']);
      });

      it('bad records are refused naming the field, and change nothing', async () => {
        const d = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'strict-rules.com' } })).addDomain;
        const live = await domainState(alice, d.id);
        const cases: [Record<string, unknown>, string][] = [
          [{ name: '@', type: 'CNAME', value: 'elsewhere.com.' }, 'name'],
          [{ name: 'www', type: 'CNAME', value: 'elsewhere.com.' }, 'name'], // www has an A record
          [{ name: 'ip', type: 'A', value: '300.1.1.1' }, 'value'],
          [{ name: 'ip', type: 'AAAA', value: '192.0.2.1' }, 'value'],
          [{ name: 'ip', type: 'A', value: '192.0.2.1', ttl: 5 }, 'ttl'],
          [{ name: 'outside.com.', type: 'A', value: '192.0.2.1' }, 'name'],
          [{ name: 'bad label!', type: 'A', value: '192.0.2.1' }, 'name'],
          [{ name: 'mx', type: 'MX', value: 'mail' }, 'priority'],
          [{ name: '_sip._tcp', type: 'SRV', value: 'sip', priority: 1, weight: 1 }, 'port'],
          [{ name: '@', type: 'CAA', value: 'letsencrypt.org', flags: 3, tag: 'issue' }, 'flags'],
          [{ name: '@', type: 'NS', value: 'ns.other.com.' }, 'name'],
        ];
        for (const [input, field] of cases) {
          const err = await alice.fails(D.addRecord, { d: d.id, i: input });
          expect(err.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
          expect(
            (err.extensions?.fields as { field: string }[]).map((f) => f.field),
            JSON.stringify(input),
          ).toContain(field);
        }
        const after = (await alice.ok(D.domain, { id: d.id })).domain;
        expect(after.zone.serial).toBe(live.zone.serial);
        expect(after.records).toHaveLength(live.records.length);
      });

      it('names are validated: syntax, public suffix, IDN, duplicates across tenants, the service domain', async () => {
        const bad: [string, string][] = [
          ['no_underscores.com', 'letters, digits and dashes'],
          ['-dash.com', 'must not start or end with a dash'],
          ['example', 'at least two labels'],
          ['co.uk', 'public suffix'],
          ['www.example-sub.com', 'not a name under it'],
          ['example.notatld', 'known public suffix'],
          [`${'a'.repeat(64)}.com`, 'at most 63'],
          ['helio-test.com', 'service domain'],
          ['example-shop.com', 'already hosted here'],
        ];
        for (const [name, message] of bad) {
          const err = await bob.fails(D.add, { i: { kind: 'OWN', name } });
          expect(err.extensions?.code, name).toBe('BAD_USER_INPUT');
          expect(JSON.stringify(err.extensions?.fields), name).toContain(message);
        }
        const idn = (await bob.ok(D.add, { i: { kind: 'PARKED', name: 'Bücher-Test.de' } })).addDomain;
        expect(idn).toMatchObject({ name: 'xn--bcher-test-9db.de', unicodeName: 'bücher-test.de' });
        await domainState(bob, idn.id);
        await bothAnswer('xn--bcher-test-9db.de', 'NS', ['ns1.helio-test.com.', 'ns2.helio-test.com.']);
      });

      it('another customer cannot see or change a domain or its records (NOT_FOUND)', async () => {
        const mine = (await alice.ok(D.domains)).domains;
        const target = mine.find((d: any) => d.name === 'example-shop.com');
        const record = target.records.find((r: any) => r.type === 'TXT');
        expect((await bob.fails(D.domain, { id: target.id })).extensions?.code).toBe('NOT_FOUND');
        expect(
          (await bob.fails(D.addRecord, { d: target.id, i: { name: 'x', type: 'A', value: '192.0.2.1' } })).extensions
            ?.code,
        ).toBe('NOT_FOUND');
        expect((await bob.fails(D.deleteRecord, { id: record.id })).extensions?.code).toBe('NOT_FOUND');
        expect((await bob.fails(D.delete, { id: target.id })).extensions?.code).toBe('NOT_FOUND');
        expect((await bob.ok(D.domains)).domains.map((d: any) => d.name)).not.toContain('example-shop.com');
      });

      it('every zone on the primaries passes named-checkzone, and the nginx configuration passes nginx -t', async () => {
        let checked = 0;
        for (const n of [ns1, ns2]) {
          const dir = path.join(n.configDir, 'primary');
          if (!fs.existsSync(dir)) continue;
          for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.zone'))) {
            await exec('named-checkzone', [
              '-k',
              'fail',
              '-i',
              'local',
              file.replace(/\.zone$/, ''),
              path.join(dir, file),
            ]);
            checked++;
          }
        }
        expect(checked).toBeGreaterThanOrEqual(6);
        const [cmd, ...args] = web.controlCommand.split(' ');
        await exec(cmd!, [...args, '-t']);
      });

      it('suspending the account closes its sites (403, files kept); resuming serves them again', async () => {
        const account = alice.accountIds[0]!;
        await master.ok(`mutation($id: ID!) { suspendAccount(id: $id, reason: "unpaid") { id } }`, { id: account });
        await eventually(async () => {
          const page = await web.get('example-shop.com');
          expect(page.status).toBe(403);
          expect(page.body).toContain('suspended');
        }, 20_000);
        await master.ok(`mutation($id: ID!) { resumeAccount(id: $id) { id } }`, { id: account });
        await eventually(async () => {
          const page = await web.get('example-shop.com');
          expect(page.status).toBe(200);
          expect(page.body).toContain('example-shop.com');
        }, 20_000);
      });

      it('deleting a domain removes the site first, then the zone from both servers, then the rows', async () => {
        const d = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'goodbye-site.com' } })).addDomain;
        await domainState(alice, d.id);
        await bothAnswer('goodbye-site.com', 'A', ['127.0.0.1']);
        expect((await web.get('goodbye-site.com')).status).toBe(200);
        await alice.ok(D.delete, { id: d.id });
        await domainGone(alice, d.id, 30_000);
        expect((await web.get('goodbye-site.com')).status).toBe(404);
        for (const n of [ns1, ns2]) expect(await n.rcode('goodbye-site.com', 'SOA')).toBe('REFUSED');
        await bothAnswer(d.instantAlias, 'A', []); // its alias left the service zone
        const tasks = (await master.ok(D.tasks)).tasks.nodes.filter((t: any) => t.subject.includes('goodbye-site.com'));
        expect(
          tasks.every((t: any) => t.state === 'DONE'),
          JSON.stringify(tasks),
        ).toBe(true);
      });
    },
    FAST_TASKS,
  );
});
