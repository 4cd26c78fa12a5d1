import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../api/src/test/named';
import {
  PANEL_HOST,
  remoteMachineStatus,
  startRemoteMachine,
  type RemoteMachine,
  type RemoteNamed,
  type RemoteNginx,
} from '../../api/src/test/remote-machine';
import { PhysicalServerFormPage, PhysicalServersPage } from '../pages/cluster.page';
import { DomainsPage } from '../pages/domains.page';
import { Layout } from '../pages/layout.page';
import { signIn } from '../pages/login.page';
import { createEndUser, setupMasterAdmin, signInApi, type MasterAdmin, type SeededUser } from '../support/api';
import { createDefaultGroup, createLogicalServer } from '../support/cluster';
import { useE2E } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { textOf, tid } from '../support/tid';

/*
 * The operator's whole path to a second machine: add it in the panel, run the command the panel
 * shows on the machine (a network and mount namespace of its own, reached only over SSH), watch
 * it come online, and see a customer's domain land on its nginx and named.
 */
const machines = await remoteMachineStatus();
// The machine reaches the panel as http://panel.helio-test:<relayPort> (its own /etc/hosts); a relay
// on the panel's side of its veth forwards to the panel on loopback.
const relayPort = await freePort();

describe.skipIf(skipReason || !machines.ok)(
  'an operator adds a machine over SSH and a customer’s domain lands on it',
  () => {
    const e2e = useE2E({ env: { PUBLIC_URL: `http://${PANEL_HOST}:${relayPort}`, SERVER_HEALTH_CHECK_SECONDS: '2' } });
    let admin: MasterAdmin;
    let customer: SeededUser;
    let machine: RemoteMachine;
    let nginx: RemoteNginx;
    let named: RemoteNamed;
    let relay: net.Server;
    let physicalId = '';

    beforeAll(async () => {
      machine = await startRemoteMachine('e2e');
      [nginx, named] = await Promise.all([machine.startNginx(), machine.startNamed()]);
      const panel = new URL(e2e.url);
      relay = net.createServer((socket) => {
        const upstream = net.connect({ host: panel.hostname, port: Number(panel.port) });
        socket.pipe(upstream).pipe(socket);
        socket.on('error', () => upstream.destroy());
        upstream.on('error', () => socket.destroy());
      });
      await new Promise<void>((resolve, reject) => {
        relay.once('error', reject);
        relay.listen(relayPort, machine.panelAddress, resolve);
      });
      admin = await setupMasterAdmin(e2e.url);
      customer = await createEndUser(admin.client, { login: 'remote-customer' });
    }, 90_000);

    afterAll(async () => {
      relay?.close();
      await machine?.close();
    });

    it('the operator adds the machine, runs the shown command on it, and sees it answer', async () => {
      const s = await e2e.newSession();
      await signIn(s.page, admin);
      await new Layout(s.page).navigate('physical-servers');
      const list = new PhysicalServersPage(s.page);
      await list.createLink.click();
      await s.page.locator(tid('ps-transport-SSH')).check();
      await new PhysicalServerFormPage(s.page).submit({ name: 'web-remote', address: machine.address, os: 'LINUX' });

      const command = s.page.locator(tid('physical-server-setup-command'));
      await command.waitFor();
      const shown = await textOf(command);
      expect(shown).toMatch(
        new RegExp(`^curl -fsS http://${PANEL_HOST}:${relayPort}/agent/setup/\\d+\\.[A-Za-z0-9_-]{43} \\| sh$`),
      );
      physicalId = /\/setup\/(\d+)\./.exec(shown)![1]!;
      await e2e.screenshot(s.page, 'remote-machine-setup-command');

      // What the operator does on the new machine: paste the command into a root shell.
      const out = await machine.runSetup(shown);
      expect(out).toContain(machine.hostKey);

      // The page notices by itself: the command goes, the machine is UP with the host key the script printed.
      await s.page.locator(`${tid('physical-server-health')}[data-health="UP"]`).waitFor({ timeout: 30_000 });
      await s.page.locator(tid('physical-server-setup')).waitFor({ state: 'detached' });
      expect(await textOf(s.page.locator(tid('physical-server-host-key')))).toBe(machine.hostKey);
      await e2e.screenshot(s.page, 'remote-machine-online');

      await new Layout(s.page).navigate('physical-servers');
      await expect
        .poll(() => list.row('web-remote').locator(tid('physical-server-health')).getAttribute('data-health'))
        .toBe('UP');
    }, 60_000);

    it('a customer’s domain is served by the machine’s nginx and answered by its named', async () => {
      const q = <T>(query: string, variables: Record<string, unknown>) => admin.client.request<T>(query, variables);
      const group = (kind: string) => createDefaultGroup(admin.client, kind, `${kind.toLowerCase()}-remote`);
      const logical = (i: Record<string, unknown>) => createLogicalServer(admin.client, physicalId, i);
      const ns = await logical({
        name: 'ns-remote',
        kind: 'DNS',
        groupId: await group('DNS'),
        driver: 'BIND',
        host: named.host,
        port: named.port,
        configDir: named.configDir,
        controlCommand: named.controlCommand,
        nameServer: 'ns1.helio-e2e.com',
      });
      const web = await logical({
        name: 'web-remote',
        kind: 'WEB',
        groupId: await group('WEB'),
        driver: 'NGINX',
        host: machine.address,
        port: nginx.port,
        configDir: nginx.configDir,
        webRoot: nginx.webRoot,
        controlCommand: nginx.controlCommand,
      });
      // nginx on the machine's first address; named on its second (its host, kept as the name server's address).
      expect(ns).toMatch(/^\d+$/);
      await q(`mutation ($i: AddIpAddressesInput!) { addIpAddresses(input: $i) { id } }`, {
        i: { serverId: web, kind: 'SHARED', addresses: [machine.address] },
      });
      await q(`mutation ($d: String!) { setServiceDomain(serviceDomain: $d) { serviceDomain } }`, {
        d: 'helio-e2e.com',
      });

      const s = await e2e.newSession();
      await signIn(s.page, customer);
      const domains = new DomainsPage(s.page);
      await domains.open();
      const answer = await domains.add('OWN', 'remote-e2e.com');
      expect(answer.errors).toBeUndefined();
      const client = await signInApi(e2e.url, customer);
      await expect
        .poll(
          async () =>
            (
              await client.request<{ domain: { state: string } }>(`query ($id: ID!) { domain(id: $id) { state } }`, {
                id: answer.data!.addDomain.id,
              })
            ).domain.state,
          { timeout: 30_000 },
        )
        .toBe('ACTIVE');
      await e2e.screenshot(s.page, 'remote-machine-domain');

      const page = await nginx.get('remote-e2e.com');
      expect(page.status).toBe(200);
      expect(page.body).toContain('remote-e2e.com');
      expect(await named.dig('remote-e2e.com', 'A')).toEqual([machine.address]);
    }, 60_000);
  },
);
