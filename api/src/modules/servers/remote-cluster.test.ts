import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkedWebDriver } from '../../remote/linked-drivers';
import { LinkDownError } from '../../remote/link';
import type { SshLink } from '../../remote/ssh-link';
import { DriverName, ServerKind } from '../../drivers/server-kinds';
import { describeApi } from '../../test/api';
import type { GqlClient } from '../../test/client';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../../test/factories';
import { freePort } from '../../test/named';
import {
  AGENT_UID,
  PANEL_HOST,
  remoteMachineStatus,
  startRemoteMachine,
  type RemoteMachine,
  type RemoteNamed,
  type RemoteNginx,
} from '../../test/remote-machine';
import { D, domainState } from '../domains/testing';
import { makeChain } from '../ssl/testing';
import { eventually, FAST_TASKS } from '../mysql/testing';
import { AGENT_BUNDLE } from '../../remote/agent-file';
import { systemEm } from '../../db/scope';
import { serversModule } from './index';

/*
 * The cluster for real: a web machine running nginx and a DNS machine running named, each in its
 * own network and mount namespaces, reached by the panel only through SSH and the agent. The
 * operator's flow (add the machine, run the shown command, see it answer), a customer's domain
 * landing on them, a broken connection, a revoked and a rotated key, a machine going down.
 */
describe('a cluster of remote machines', async () => {
  const status = await remoteMachineStatus();
  if (!status.ok) {
    it.skip(`skipped: ${status.reason}`, () => {});
    return;
  }
  // The machines reach the panel as http://panel.helio-test:<port> (their /etc/hosts): a relay on
  // the panel's side of each veth forwards to the test server on loopback.
  const relayPort = await freePort();

  describeApi(
    'machines reached over SSH',
    (api) => {
      let web1: RemoteMachine;
      let dns1: RemoteMachine;
      let nginx: RemoteNginx;
      let named: RemoteNamed;
      let master: MasterClient;
      let alice: EndUserClient;
      const relays: net.Server[] = [];
      let siteFingerprint = '';
      const ids = { web1: '', dns1: '', webServer: '', dnsServer: '', webGroup: '' };

      const M = {
        create: `mutation($i: PhysicalServerInput!) { createPhysicalServer(input: $i) { id transport setupCommand health hostKey firstAnsweredAt accessPublicKey } }`,
        get: `query($id: ID!) { physicalServer(id: $id) { id health healthProblems healthCheckedAt hostKey firstAnsweredAt accessConfirmedAt accessRevokedAt accessPublicKey setupCommand } }`,
        check: `mutation($id: ID!) { checkPhysicalServer(id: $id) { id health healthProblems hostKey firstAnsweredAt setupCommand } }`,
        issue: `mutation($id: ID!) { issuePhysicalServerKey(id: $id) { id setupCommand accessPublicKey } }`,
        revoke: `mutation($id: ID!) { revokePhysicalServerKey(id: $id) { id accessRevokedAt setupCommand } }`,
        rotate: `mutation($id: ID!) { rotatePhysicalServerKey(id: $id) { id accessPublicKey setupCommand } }`,
        tasks: `query { tasks(first: 100, kind: "web.putSite") { nodes { id kind state attempts lastError subject } } }`,
      };

      const relay = (machine: RemoteMachine) =>
        new Promise<void>((resolve, reject) => {
          const server = net.createServer((socket) => {
            const upstream = net.connect({ host: '127.0.0.1', port: api.port });
            socket.pipe(upstream).pipe(socket);
            socket.on('error', () => upstream.destroy());
            upstream.on('error', () => socket.destroy());
          });
          server.once('error', reject);
          server.listen(relayPort, machine.panelAddress, () => resolve());
          relays.push(server);
        });

      const addMachine = async (name: string, machine: RemoteMachine) => {
        const created = (
          await master.ok(M.create, { i: { name, os: 'LINUX', address: machine.address, transport: 'SSH' } })
        ).createPhysicalServer;
        return created as { id: string; setupCommand: string; health: string; hostKey: string | null };
      };

      const links = () => api.app.areas.get(serversModule).links;

      beforeAll(async () => {
        [web1, dns1] = await Promise.all([startRemoteMachine('web1'), startRemoteMachine('dns1')]);
        await Promise.all([relay(web1), relay(dns1)]);
        [nginx, named] = await Promise.all([web1.startNginx(), dns1.startNamed()]);
        master = await setupMaster(api);
        alice = await createEndUser(master, api);
      }, 60_000);

      afterAll(async () => {
        for (const r of relays) r.close();
        await Promise.allSettled([web1?.close(), dns1?.close()]);
      });

      it('an SSH machine gets a key and one setup command; once run, the machine answers and its host key is pinned', async () => {
        const web = await addMachine('web1.remote', web1);
        expect(web).toMatchObject({ health: 'UNKNOWN', hostKey: null });
        expect(web.setupCommand).toMatch(
          new RegExp(`^curl -fsS http://${PANEL_HOST}:${relayPort}/agent/setup/${web.id}\\.[A-Za-z0-9_-]{43} \\| sh$`),
        );
        ids.web1 = web.id;

        // Before the command runs, the machine does not let the panel in.
        const before = (await master.ok(M.check, { id: web.id })).checkPhysicalServer;
        expect(before.health).toBe('DOWN');
        expect(before.healthProblems.join(' ')).toMatch(/refused the panel's key|could not reach/);
        // A machine still being set up is expected not to answer: no alert for it.
        const alerts = (await master.ok(`query { operatorAlerts { problem } }`)).operatorAlerts as {
          problem: string;
        }[];
        expect(alerts.map((a) => a.problem)).not.toContain(`SERVER_DOWN:${web.id}`);

        const out = await web1.runSetup(web.setupCommand);
        expect(out).toContain(`Host key: 256 ${web1.hostKey}`);
        // The key may start the agent and nothing else.
        const keys = await web1.readFile(`${web1.root}/home/.ssh/authorized_keys`);
        expect(keys).toMatch(
          /^restrict,command="\S+ \S+\/heliosphere-agent\.js --data \S+ --keys \S+" ssh-ed25519 \S+ heliosphere-panel:web1\.remote\n$/,
        );

        const after = (await master.ok(M.check, { id: web.id })).checkPhysicalServer;
        expect(after).toMatchObject({ health: 'UP', hostKey: web1.hostKey, setupCommand: null, healthProblems: [] });
        expect(after.firstAnsweredAt).not.toBeNull();
        // The setup link is spent: fetching it again gets nothing.
        const spent = await fetch(`http://127.0.0.1:${api.port}${new URL(web.setupCommand.split(' ')[2]!).pathname}`);
        expect(spent.status).toBe(404);
        expect(await spent.text()).not.toContain('ssh-ed25519');

        const dns = await addMachine('dns1.remote', dns1);
        ids.dns1 = dns.id;
        await dns1.runSetup(dns.setupCommand);
        expect((await master.ok(M.check, { id: dns.id })).checkPhysicalServer.health).toBe('UP');
      });

      it('a customer’s domain is served by the remote nginx and answered by the remote named', async () => {
        const group = async (kind: string) =>
          (
            await master.ok(`mutation($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }`, {
              i: { name: `${kind.toLowerCase()}-remote`, kind, isDefault: true },
            })
          ).createServerGroup.id;
        const create = async (i: Record<string, unknown>) =>
          (await master.ok(`mutation($i: CreateLogicalServerInput!) { createLogicalServer(input: $i) { id } }`, { i }))
            .createLogicalServer.id as string;
        ids.dnsServer = await create({
          name: 'ns1-remote',
          kind: 'DNS',
          physicalId: ids.dns1,
          groupId: await group('DNS'),
          driver: 'BIND',
          host: named.host,
          port: named.port,
          configDir: named.configDir,
          controlCommand: named.controlCommand,
          nameServer: 'ns1.helio-test.com',
        });
        await master.ok(`mutation($i: AddIpAddressesInput!) { addIpAddresses(input: $i) { address } }`, {
          i: { serverId: ids.dnsServer, kind: 'SHARED', addresses: [named.host] },
        });
        ids.webGroup = await group('WEB');
        ids.webServer = await create({
          name: 'web1-remote',
          kind: 'WEB',
          physicalId: ids.web1,
          groupId: ids.webGroup,
          driver: 'NGINX',
          host: web1.address,
          port: nginx.port,
          tlsPort: nginx.tlsPort,
          configDir: nginx.configDir,
          webRoot: nginx.webRoot,
          controlCommand: nginx.controlCommand,
        });
        await master.ok(`mutation($i: AddIpAddressesInput!) { addIpAddresses(input: $i) { address } }`, {
          i: { serverId: ids.webServer, kind: 'SHARED', addresses: [web1.address] },
        });
        await master.ok(D.setServiceDomain, { s: 'helio-test.com' });

        const added = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'remote-shop.com' } })).addDomain;
        await domainState(alice, added.id, 'ACTIVE', 30_000);
        await eventually(async () => expect(await named.dig('remote-shop.com', 'A')).toEqual([web1.address]), 20_000);
        const page = await nginx.get('remote-shop.com');
        expect(page.status).toBe(200);
        expect(page.body).toContain('remote-shop.com');
        expect((await nginx.get('www.remote-shop.com')).status).toBe(200);

        // The files are on the machines, and only there: the panel's process sees empty folders.
        const site = (await web1.run(['ls', nginx.configDir])).trim().split('\n');
        expect(site).toHaveLength(1);
        expect(site[0]).toMatch(/^site-\d+\.conf$/);
        expect(await dns1.readFile(`${named.configDir}/primary/remote-shop.com.zone`)).toContain('remote-shop.com');
        expect(fs.existsSync(path.join(nginx.configDir, site[0]!))).toBe(false);
        expect(fs.readdirSync(web1.root)).toEqual([]);
        expect(fs.readdirSync(dns1.root)).toEqual([]);
      });

      it('a site’s certificate and key reach only the machine that serves it, through the agent, and it serves HTTPS', async () => {
        const names = ['remote-shop.com', 'www.remote-shop.com'];
        const { root, intermediate, leaf } = await makeChain(names);
        const domain = (await alice.ok(`{ domains { id name site { id } } }`)).domains.find(
          (d: { name: string }) => d.name === 'remote-shop.com',
        );
        await alice.ok(
          `mutation($s: ID!, $i: CertificateUploadInput!) { uploadSiteCertificate(siteId: $s, input: $i) { id } }`,
          { s: domain.site.id, i: { certificate: leaf.pem, privateKey: leaf.keyPem, chain: intermediate.pem } },
        );
        const fingerprint = new crypto.X509Certificate(leaf.pem).fingerprint256;
        siteFingerprint = fingerprint;
        // Verified against the test root: the remote nginx serves the chain for both names by SNI.
        // nginx reloads gracefully: a worker still on the old configuration (the fallback certificate)
        // may take a connection just after one met the new, so every check is inside the wait.
        await eventually(async () => {
          for (const name of names) {
            const answer = await nginx.getTls(name, '/', root.pem);
            expect(answer.fingerprint256).toBe(fingerprint);
            expect(answer.status).toBe(200);
          }
        }, 30_000);

        // The key is on the web machine only, readable by the agent's account alone.
        const sslDir = `${nginx.configDir}/ssl`;
        const files = (await web1.run(['ls', sslDir])).trim().split('\n');
        const keyFile = files.find((f) => f.endsWith('.key'));
        expect(keyFile).toMatch(/^site-\d+-1\.key$/);
        expect((await web1.run(['stat', '-c', '%a %u', `${sslDir}/${keyFile}`])).trim()).toBe(`600 ${AGENT_UID}`);
        expect(await web1.readFile(`${sslDir}/${keyFile}`)).toBe(leaf.keyPem.trim() + '\n');
        const keysOn = async (machine: RemoteMachine) =>
          (await machine.run(['find', machine.root, '-name', 'site-*.key'])).trim();
        expect(await keysOn(dns1)).toBe('');
        // Nothing of it on the panel's side of the machine.
        expect(fs.readdirSync(web1.root)).toEqual([]);
      });

      it('re-sync repairs a hand-edited server block and a deleted zone file, and lists what the panel does not know', async () => {
        const R = `mutation($id: ID!) { resyncLogicalServer(id: $id) { checkedAt missing different unknown queued } }`;
        const [conf] = (await web1.run(['ls', nginx.configDir])).trim().split('\n');
        const blockFile = `${nginx.configDir}/${conf}`;
        const block = (await web1.readFile(blockFile))!;
        await web1.writeFile(blockFile, block.replace('server_name', 'server_name hijacked.example'));
        await web1.writeFile(`${nginx.configDir}/extra.conf`, '# made by hand on the machine\n');
        const zoneFile = `${named.configDir}/primary/remote-shop.com.zone`;
        const zone = (await dns1.readFile(zoneFile))!;
        await dns1.run(['rm', zoneFile]);

        const web = (await master.ok(R, { id: ids.webServer })).resyncLogicalServer;
        expect(web).toMatchObject({ missing: [], unknown: ['extra.conf'], queued: 1 });
        expect(web.different).toEqual([`${conf} (remote-shop.com)`]);
        const dns = (await master.ok(R, { id: ids.dnsServer })).resyncLogicalServer;
        expect(dns).toMatchObject({ missing: ['zone remote-shop.com'], different: [], queued: 1 });

        await eventually(async () => {
          expect(await web1.readFile(blockFile)).toBe(block);
          expect(await dns1.readFile(zoneFile)).toBe(zone);
        }, 20_000);
        expect(await web1.readFile(`${nginx.configDir}/extra.conf`)).toBe('# made by hand on the machine\n');
        expect((await nginx.get('remote-shop.com')).status).toBe(200);
        expect(await named.dig('remote-shop.com', 'A')).toEqual([web1.address]);
        // In sync now: nothing to repair.
        await web1.run(['rm', `${nginx.configDir}/extra.conf`]);
        for (const id of [ids.webServer, ids.dnsServer])
          expect((await master.ok(R, { id })).resyncLogicalServer).toMatchObject({
            missing: [],
            different: [],
            unknown: [],
            queued: 0,
          });
      });

      it('a connection cut while a driver call is under way converges once the call is made again', async () => {
        const target = {
          id: Number(ids.webServer),
          name: 'web1-remote',
          kind: ServerKind.WEB,
          driver: DriverName.NGINX,
          settings: {
            host: web1.address,
            port: nginx.port,
            configDir: nginx.configDir,
            webRoot: nginx.webRoot,
            controlCommand: nginx.controlCommand,
          },
        };
        const link = await links().forPhysical(api.orm.em.fork(), Number(ids.web1));
        const driver = linkedWebDriver(link, target);
        const site = {
          id: 900001,
          account: 900001,
          directory: 'cut.example',
          serverNames: ['cut.example'],
          title: 'cut',
        };
        await link.call('hello', {}); // connected, the agent's build checked
        const pending = driver.putSite(site);
        await new Promise((r) => setImmediate(r)); // the request is written; nginx -t and the reload take longer
        await (links().pooled(Number(ids.web1)) as SshLink).cut();
        await expect(pending).rejects.toBeInstanceOf(LinkDownError);
        // Whether the agent got as far as nginx or not, the retry leaves one server block that serves.
        await expect(driver.putSite(site)).resolves.toEqual({ documentRoot: `${nginx.webRoot}/a900001/cut.example` });
        expect((await web1.run(['ls', nginx.configDir])).split('\n').filter((f) => f.includes('900001'))).toEqual([
          'site-900001.conf',
        ]);
        expect((await nginx.get('cut.example')).status).toBe(200);
        await driver.removeSite(site);
        expect((await nginx.get('cut.example')).status).toBe(404);
      });

      it('a machine that stops answering is DOWN with an alert; its tasks wait and finish once it is back, others run on', async () => {
        await web1.stopSsh();
        const down = (await master.ok(M.check, { id: ids.web1 })).checkPhysicalServer;
        expect(down.health).toBe('DOWN');
        const alerts = (await master.ok(`query { operatorAlerts { problem message fixPath } }`)).operatorAlerts;
        expect(alerts).toContainEqual(
          expect.objectContaining({ problem: `SERVER_DOWN:${ids.web1}`, fixPath: '/admin/servers/physical' }),
        );
        // …and by e-mail to the master admin, worded for a machine (not a customer's request).
        const [mail] = await api.orm.em
          .fork()
          .getConnection()
          .execute(`select subject, body from mail_message where subject like ? order by id desc`, [
            '%server web1.remote does not answer%',
          ]);
        expect(mail?.body).toContain('A server of the cluster stopped answering the panel');
        expect(mail?.body).toContain('/admin/servers/physical');

        // Placement skips the DOWN machine: a new account's site finds no web server now.
        const carol = await createEndUser(master, api);
        const refused = await carol.gql(D.add, { i: { kind: 'OWN', name: 'new-while-down.com' } });
        expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');

        // An account already on the machine keeps it: its new site’s task waits for the machine.
        const added = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'while-down.com' } })).addDomain;
        const waiting = await eventually(async () => {
          const t = (
            (await master.ok(M.tasks)).tasks.nodes as {
              kind: string;
              subject: string;
              state: string;
              lastError: string | null;
              attempts: number;
            }[]
          ).find((x) => x.kind === 'web.putSite' && x.subject.includes('while-down.com'));
          expect(t?.lastError).toMatch(/could not reach|refused|closed/);
          return t!;
        }, 20_000);
        expect(waiting.state).toBe('QUEUED');
        // The zone on the other machine did not wait for it.
        await eventually(async () => expect(await named.dig('while-down.com', 'A')).toEqual([web1.address]), 20_000);

        await web1.startSsh();
        await domainState(alice, added.id, 'ACTIVE', 60_000);
        expect((await nginx.get('while-down.com')).status).toBe(200);
        const up = (await master.ok(M.check, { id: ids.web1 })).checkPhysicalServer;
        expect(up.health).toBe('UP');
        const open = (await master.ok(`query { operatorAlerts { problem } }`)).operatorAlerts as { problem: string }[];
        expect(open.map((a) => a.problem)).not.toContain(`SERVER_DOWN:${ids.web1}`);
      }, 120_000);

      it('a rotated key replaces the old one on the machine; a revoked key stops its tasks until a new key is set up', async () => {
        const keysFile = `${web1.root}/home/.ssh/authorized_keys`;
        const old = (await master.ok(M.get, { id: ids.web1 })).physicalServer.accessPublicKey as string;
        const rotated = (await master.ok(M.rotate, { id: ids.web1 })).rotatePhysicalServerKey;
        expect(rotated.accessPublicKey).not.toBe(old);
        const keys = (await web1.readFile(keysFile))!;
        expect(keys).toContain(rotated.accessPublicKey.split(' ')[1]);
        expect(keys).not.toContain(old.split(' ')[1]);
        expect(keys.trim().split('\n')).toHaveLength(1);
        expect((await master.ok(M.check, { id: ids.web1 })).checkPhysicalServer.health).toBe('UP');

        const revoked = (await master.ok(M.revoke, { id: ids.web1 })).revokePhysicalServerKey;
        expect(revoked.accessRevokedAt).not.toBeNull();
        expect(revoked.setupCommand).toBeNull();
        // The machine dropped the key itself, and the panel destroyed its copy.
        expect((await web1.readFile(keysFile))!.trim()).toBe('');
        const [row] = await api.orm.em
          .fork()
          .getConnection()
          .execute(`select access_key from physical_server where id = ?`, [Number(ids.web1)]);
        expect(row.access_key).toBeNull();

        const added = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'after-revoke.com' } })).addDomain;
        await eventually(async () => {
          const t = (
            (await master.ok(M.tasks)).tasks.nodes as { kind: string; subject: string; lastError: string | null }[]
          ).find((x) => x.kind === 'web.putSite' && x.subject.includes('after-revoke.com'));
          expect(t?.lastError).toMatch(/revoked/);
        }, 20_000);
        expect((await nginx.get('after-revoke.com')).status).toBe(404);

        const issued = (await master.ok(M.issue, { id: ids.web1 })).issuePhysicalServerKey;
        await web1.runSetup(issued.setupCommand);
        await domainState(alice, added.id, 'ACTIVE', 60_000);
        expect((await nginx.get('after-revoke.com')).status).toBe(200);
      }, 120_000);

      it('moving an account to another web server keeps its sites serving throughout, then removes the old copies', async () => {
        // A second web machine in the same group.
        const web2 = await startRemoteMachine('web2');
        try {
          await relay(web2);
          const nginx2 = await web2.startNginx();
          const machine = await addMachine('web2.remote', web2);
          await web2.runSetup(machine.setupCommand);
          const web2Server = (
            await master.ok(`mutation($i: CreateLogicalServerInput!) { createLogicalServer(input: $i) { id } }`, {
              i: {
                name: 'web2-remote',
                kind: 'WEB',
                physicalId: machine.id,
                groupId: ids.webGroup,
                driver: 'NGINX',
                host: web2.address,
                port: nginx2.port,
                tlsPort: nginx2.tlsPort,
                configDir: nginx2.configDir,
                webRoot: nginx2.webRoot,
                controlCommand: nginx2.controlCommand,
              },
            })
          ).createLogicalServer.id as string;
          await master.ok(`mutation($i: AddIpAddressesInput!) { addIpAddresses(input: $i) { address } }`, {
            i: { serverId: web2Server, kind: 'SHARED', addresses: [web2.address] },
          });

          // The customer's own file in the document root must travel with the site.
          const accountId = (await alice.ok(`{ viewer { activeAccount { id } } }`)).viewer.activeAccount.id as string;
          const root = `${nginx.webRoot}/a${accountId}/remote-shop.com`;
          await web1.writeFile(`${root}/hello.txt`, 'moved with me\n');
          const byAddress = new Map([
            [web1.address, nginx],
            [web2.address, nginx2],
          ]);
          // A visitor's view, every 100 ms: ask DNS, then ask the server it names.
          const seen: string[] = [];
          let oldServedAfterSwitch = false;
          let watching = true;
          const watch = (async () => {
            while (watching) {
              const [address] = await named.dig('remote-shop.com', 'A');
              const answer = await byAddress.get(address!)!.get('remote-shop.com', '/hello.txt');
              seen.push(`${address} ${answer.status}`);
              if (address === web2.address && (await nginx.get('remote-shop.com', '/hello.txt')).status === 200)
                oldServedAfterSwitch = true;
              await new Promise((r) => setTimeout(r, 100));
            }
          })();

          const moved = (
            await master.ok(
              `mutation($a: ID!, $to: ID!) { moveAccountSites(accountId: $a, toServerId: $to) { from to sites } }`,
              { a: accountId, to: web2Server },
            )
          ).moveAccountSites;
          expect(moved).toMatchObject({ from: 'web1-remote', to: 'web2-remote' });
          expect(moved.sites).toBeGreaterThanOrEqual(1);

          // Done when DNS names web2 and the old copy is gone from web1 (after WEB_MOVE_GRACE_SECONDS).
          await eventually(async () => {
            expect(await named.dig('remote-shop.com', 'A')).toEqual([web2.address]);
            expect((await nginx.get('remote-shop.com')).status).toBe(404);
            // Every site's old copy: its server block, and its certificate and key files.
            expect((await web1.run(['find', nginx.configDir, '-type', 'f'])).trim()).toBe('');
          }, 60_000);
          watching = false;
          await watch;
          expect(seen.filter((s) => !s.endsWith(' 200'))).toEqual([]);
          expect(seen.some((s) => s.startsWith(web2.address))).toBe(true);
          expect(oldServedAfterSwitch).toBe(true);
          expect((await nginx2.get('remote-shop.com', '/hello.txt')).body).toBe('moved with me\n');
          expect(await web2.readFile(`${nginx2.webRoot}/a${accountId}/remote-shop.com/hello.txt`)).toBe(
            'moved with me\n',
          );
          // Everything is on web2 now.
          expect(
            (await web2.run(['find', nginx2.configDir, '-maxdepth', '1', '-name', '*.conf'])).trim().split('\n'),
          ).toHaveLength(moved.sites);
          expect(await web1.readFile(`${root}/hello.txt`)).toBeNull();
          // The certificate moved with the site: web2 serves it, and no key of it stays on web1.
          expect((await nginx2.getTls('remote-shop.com')).fingerprint256).toBe(siteFingerprint);
          expect((await web2.run(['find', web2.root, '-name', 'site-*.key'])).trim()).not.toBe('');
          expect((await web1.run(['find', web1.root, '-name', 'site-*.key'])).trim()).toBe('');
        } finally {
          await web2.close();
        }
      }, 120_000);

      it('an agent left from an older panel is replaced by the panel’s build when the next connection opens', async () => {
        const agentFile = `${web1.root}/opt/heliosphere/heliosphere-agent.js`;
        const current = (await web1.readFile(agentFile))!;
        await web1.writeFile(agentFile, `${current}\n// an older build\n`);
        await links().drop(Number(ids.web1));
        expect((await master.ok(M.check, { id: ids.web1 })).checkPhysicalServer.health).toBe('UP');
        expect(await web1.readFile(agentFile)).toBe(fs.readFileSync(AGENT_BUNDLE, 'utf8'));
      });

      it('the periodic check records every machine’s health at once', async () => {
        const before = new Date();
        await api.app.areas
          .get(serversModule)
          .health.checkAll(systemEm(api.orm, 'test: the periodic check, as the worker runs it'));
        const list = (await master.ok(`query { physicalServers { name health healthCheckedAt } }`)).physicalServers as {
          name: string;
          health: string;
          healthCheckedAt: string;
        }[];
        for (const name of ['web1.remote', 'dns1.remote']) {
          const m = list.find((x) => x.name === name)!;
          expect(m.health).toBe('UP');
          expect(new Date(m.healthCheckedAt).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
        }
      });

      it('an end user cannot see or touch the machines', async () => {
        for (const q of [M.get, M.check, M.revoke, M.rotate, M.issue]) {
          const res = await (alice as GqlClient).gql(q, { id: ids.web1 });
          expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        }
      });
    },
    {
      ...FAST_TASKS,
      PUBLIC_URL: `http://${PANEL_HOST}:${relayPort}`,
      SERVER_HEALTH_CHECK_SECONDS: '0',
      WEB_MOVE_GRACE_SECONDS: '2',
    },
  );
});
