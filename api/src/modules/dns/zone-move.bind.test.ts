import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../../test/factories';
import { namedStatus, startNamed, type NamedInstance } from '../../test/named';
import { D, domainState, setupHosting } from '../domains/testing';
import { eventually } from '../mysql/testing';

const MOVE = `mutation($a: ID!, $from: ID!, $to: ID!) {
  moveAccountZones(accountId: $a, fromServerId: $from, toServerId: $to) { accountId from to zones nameServer was until }
}`;

/*
 * Moving an account's zones to another name server on three real named instances: the new server
 * takes the old one's place and NS record, the old one keeps answering (as a secondary, with every
 * change made meanwhile) until the grace time ends, and the zone resolves on its other server
 * throughout.
 */
describe('moving an account’s zones between real name servers', async () => {
  const status = await namedStatus();
  if (!status.ok) {
    it.skip(`skipped: ${status.reason}`, () => {});
    return;
  }

  describeApi(
    'zones move',
    (api) => {
      let ns: NamedInstance[];
      let master: MasterClient;
      let alice: EndUserClient;
      let hosting: Awaited<ReturnType<typeof setupHosting>>;
      /** The named instance behind each logical server's id. */
      const byServer = new Map<string, NamedInstance>();

      beforeAll(async () => {
        ns = await Promise.all([1, 2, 3].map((i) => startNamed({ name: `ns${i}` })));
        master = await setupMaster(api);
        hosting = await setupHosting(master, {
          dns: ns.slice(0, 2).map((n, i) => ({
            host: n.host,
            port: n.port,
            configDir: n.configDir,
            controlCommand: n.controlCommand,
            nameServer: `ns${i + 1}.helio-test.com`,
            dnsRole: i === 0 ? ('PRIMARY' as const) : ('SECONDARY' as const), // the move below takes the primary's place
          })),
          web: { address: '192.0.2.10' },
        });
        hosting.dns.forEach((s, i) => byServer.set(s.id, ns[i]!));
        alice = await createEndUser(master, api);
      }, 60_000);

      afterAll(async () => {
        await Promise.allSettled((ns ?? []).map((n) => n.stop()));
      });

      const answers = async (n: NamedInstance, name: string, type = 'A') => (await n.dig(name, type)).sort();

      it('the new server takes the old one’s place; the old one serves every change until the grace time ends', async () => {
        const domain = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'moving-zone.com' } })).addDomain;
        await domainState(alice, domain.id);
        const [ns1, ns2, ns3] = ns;
        for (const n of [ns1!, ns2!])
          await eventually(async () => expect(await answers(n, 'moving-zone.com')).toEqual(['192.0.2.10']), 20_000);

        // A third name server joins the group after the zone was placed.
        const third = (
          await master.ok(`mutation($i: CreateLogicalServerInput!) { createLogicalServer(input: $i) { id name } }`, {
            i: {
              name: 'dns-three',
              kind: 'DNS',
              physicalId: hosting.machine,
              groupId: hosting.dnsGroup,
              driver: 'BIND',
              host: ns3!.host,
              port: ns3!.port,
              configDir: ns3!.configDir,
              controlCommand: ns3!.controlCommand,
              nameServer: 'ns3.helio-test.com',
            },
          })
        ).createLogicalServer;
        byServer.set(third.id, ns3!);

        // Refused, changing nothing: a server that serves the zone already, a server of another kind, a stranger's call.
        const again = await master.gql(MOVE, {
          a: alice.accountIds[0],
          from: hosting.dns[0]!.id,
          to: hosting.dns[1]!.id,
        });
        expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
        expect(again.errors?.[0]?.message).toMatch(/serves zone moving-zone\.com already/);
        const wrongKind = await master.gql(MOVE, {
          a: alice.accountIds[0],
          from: hosting.dns[0]!.id,
          to: hosting.web.id,
        });
        expect(wrongKind.errors?.[0]?.message).toMatch(/is a WEB server, not DNS/);
        const stranger = await alice.gql(MOVE, { a: alice.accountIds[0], from: hosting.dns[0]!.id, to: third.id });
        expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect((await alice.ok(D.domain, { id: domain.id })).domain.nameServers.sort()).toEqual([
          'ns1.helio-test.com',
          'ns2.helio-test.com',
        ]);

        // Every 25 ms from each move until the end: the servers that stay, and the one leaving until
        // a second before its grace time ends, answer every time (a role kept needs no reconfiguration).
        const misses: string[] = [];
        const watch = (watched: [NamedInstance, string][], leaving: NamedInstance) => {
          let graceEnds = Infinity;
          let on = true;
          const sample = async (n: NamedInstance, label: string, until: () => boolean) => {
            while (until()) {
              const got = await answers(n, 'moving-zone.com').catch((err: Error) => [err.message]);
              if (got.join() !== '192.0.2.10' && until())
                misses.push(`${label} ${new Date().toISOString()} ${JSON.stringify(got)}`);
              await new Promise((r) => setTimeout(r, 25));
            }
          };
          const running = watched.map(([n, label]) =>
            sample(n, label, () => on && (n !== leaving || Date.now() < graceEnds - 1000)),
          );
          return {
            graceEndsAt: (until: string) => (graceEnds = Date.parse(until)),
            stop: async () => {
              on = false;
              await Promise.all(running);
            },
          };
        };
        const first = watch(
          [
            [ns1!, 'ns1 (leaving primary)'],
            [ns2!, 'ns2'],
          ],
          ns1!,
        );

        const moved = (await master.ok(MOVE, { a: alice.accountIds[0], from: hosting.dns[0]!.id, to: third.id }))
          .moveAccountZones;
        expect(moved).toMatchObject({ zones: 1, nameServer: 'ns3.helio-test.com', was: 'ns1.helio-test.com' });
        first.graceEndsAt(moved.until);
        const zoneServers = async () =>
          (
            await master.ok(`query($id: ID!) { account(id: $id) { zoneServers { name } } }`, {
              id: alice.accountIds[0],
            })
          ).account.zoneServers.map((s: { name: string }) => s.name);
        expect(await zoneServers()).toEqual(['dns-three', hosting.dns[1]!.name].sort());
        const own = await alice.gql(`query($id: ID!) { account(id: $id) { zoneServers { name } } }`, {
          id: alice.accountIds[0],
        });
        expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN'); // the cluster's layout is the master's
        const after = (await alice.ok(D.domain, { id: domain.id })).domain;
        expect(after.nameServers.sort()).toEqual(['ns2.helio-test.com', 'ns3.helio-test.com']);

        // A change made right after the move reaches the leaving server too, while its grace time lasts.
        await alice.ok(D.addRecord, { d: domain.id, i: { name: 'late', type: 'A', value: '192.0.2.77' } });
        const late = (n: NamedInstance, label: string, ms: number) =>
          eventually(
            async () =>
              expect(await answers(n, 'late.moving-zone.com'), `${label}: ${n.output().slice(-1500)}`).toEqual([
                '192.0.2.77',
              ]),
            ms,
          );
        await late(ns1!, 'ns1 (leaving primary)', Date.parse(moved.until) - Date.now() - 500);
        // The new server answers, with the new NS set and the change, as does the one that stayed.
        for (const [n, label] of [
          [ns2!, 'ns2 (secondary)'],
          [ns3!, 'ns3 (new primary)'],
        ] as const) {
          await late(n, label, 20_000);
          await eventually(
            async () =>
              expect(await answers(n, 'moving-zone.com', 'NS')).toEqual(['ns2.helio-test.com.', 'ns3.helio-test.com.']),
            20_000,
          );
        }

        // After the grace time the old server drops the zone; the two others go on.
        try {
          await eventually(async () => expect(await ns1!.rcode('moving-zone.com', 'A')).toBe('REFUSED'), 30_000);
        } finally {
          await first.stop();
        }
        expect(misses).toEqual([]);
        for (const n of [ns2!, ns3!]) expect(await answers(n, 'late.moving-zone.com')).toEqual(['192.0.2.77']);

        // The secondary moves too, back to the first server: now from the other role.
        const second = watch(
          [
            [ns2!, 'ns2 (leaving secondary)'],
            [ns3!, 'ns3'],
          ],
          ns2!,
        );
        const back = (
          await master.ok(MOVE, { a: alice.accountIds[0], from: hosting.dns[1]!.id, to: hosting.dns[0]!.id })
        ).moveAccountZones;
        expect(back).toMatchObject({ zones: 1, nameServer: 'ns1.helio-test.com', was: 'ns2.helio-test.com' });
        // At once, as for the first move: waiting for ns1 below may outlast the grace time on a busy machine.
        second.graceEndsAt(back.until);
        await eventually(
          async () => expect(await answers(ns1!, 'late.moving-zone.com')).toEqual(['192.0.2.77']),
          20_000,
        );
        expect(await answers(ns1!, 'moving-zone.com', 'NS')).toEqual(['ns1.helio-test.com.', 'ns3.helio-test.com.']);
        try {
          await eventually(async () => expect(await ns2!.rcode('moving-zone.com', 'A')).toBe('REFUSED'), 30_000);
        } finally {
          await second.stop();
        }
        expect(misses).toEqual([]);
        expect(await answers(ns3!, 'moving-zone.com', 'NS')).toEqual(['ns1.helio-test.com.', 'ns3.helio-test.com.']);
        await eventually(async () => {
          const tasks = (await master.ok(D.tasks)).tasks.nodes.filter((t: { subject: string }) =>
            t.subject.startsWith('zone moving-zone.com'),
          );
          expect(tasks.filter((t: { state: string }) => t.state !== 'DONE')).toEqual([]);
        }, 20_000);
      }, 90_000);
    },
    { DNS_MOVE_GRACE_SECONDS: '12' },
  );
});
