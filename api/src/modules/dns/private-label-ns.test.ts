import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { createEndUser, createReseller, setupMaster, type MasterClient } from '../../test/factories';
import { D, domainState, setupHosting, zoneFileWith as zoneFileWithIn } from '../domains/testing';

/*
 * RES-1: a reseller's customers see its name servers, named under its own service domain
 * (ns1.<reseller domain>), with their addresses in its service zone; the master's customers keep the
 * master's. Checked through GraphQL and in the zone files the FILES driver writes.
 */
describeApi('private-label name servers (RES-1)', (api) => {
  let master: MasterClient;
  let dnsServers: { name: string }[];

  beforeAll(async () => {
    master = await setupMaster(api);
    dnsServers = (
      await setupHosting(master, {
        dns: [{ nameServer: 'ns1.master-host.com' }, { nameServer: 'ns2.master-host.com' }],
        web: { address: '192.0.2.81' },
        serviceDomain: 'master-host.com',
      })
    ).dns;
  });

  const zoneFile = (zone: string, lines: string[]) => zoneFileWithIn(api.config, dnsServers, zone, lines);

  it('a reseller’s customers get ns1/ns2 under its domain; its service zone holds their addresses', async () => {
    const blue = await createReseller(master, api, { name: 'Blue Hosting' });
    const settings = (await blue.ok(D.setServiceDomain, { s: 'blue-host.test' })).setServiceDomain;
    expect(settings.nameServers).toEqual(['ns1.blue-host.test', 'ns2.blue-host.test']);

    const alice = await createEndUser(blue, api);
    const third = (await alice.ok(D.add, { i: { kind: 'THIRD_LEVEL', name: 'shop' } })).addDomain;
    await domainState(alice, third.id);
    const own = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'alice-blue.com' } })).addDomain;
    const ready = await domainState(alice, own.id);
    // What the customer is told to set at the registrar, and what the zone says.
    expect([...ready.nameServers].sort()).toEqual(['ns1.blue-host.test', 'ns2.blue-host.test']);
    const text = await zoneFile('alice-blue.com', [
      '@\t3600\tIN\tNS\tns1.blue-host.test.',
      '@\t3600\tIN\tNS\tns2.blue-host.test.',
    ]);
    expect(text).not.toContain('master-host.com');
    // The reseller's service zone names them and gives their addresses (glue for the delegation).
    const svc = await zoneFile('blue-host.test', [
      '@\t3600\tIN\tNS\tns1.blue-host.test.',
      '@\t3600\tIN\tNS\tns2.blue-host.test.',
    ]);
    expect(svc).toMatch(/^ns1\t3600\tIN\tA\t198\.51\.100\.\d+$/m);
    expect(svc).toMatch(/^ns2\t3600\tIN\tA\t198\.51\.100\.\d+$/m);
    expect(svc).not.toContain('master-host.com');

    // The master's own customers keep the master's name servers.
    const bob = await createEndUser(master, api);
    const theirs = (await bob.ok(D.add, { i: { kind: 'OWN', name: 'bob-master.com' } })).addDomain;
    expect([...(await domainState(bob, theirs.id)).nameServers].sort()).toEqual([
      'ns1.master-host.com',
      'ns2.master-host.com',
    ]);
  });
});
