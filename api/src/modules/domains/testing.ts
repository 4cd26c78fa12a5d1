import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Config } from '../../config';
import { filesDirFor } from '../../drivers/files-dir';
import type { GqlClient } from '../../test/client';
import { unique } from '../../test/factories';
import { eventually } from '../mysql/testing';

export const RECORD_FIELDS = 'id name fqdn type ttl value priority weight port flags tag managed';
export const DOMAIN_FIELDS = `id name unicodeName kind state instantAlias nameServers zone { id name serial state } site { id serverNames documentRoot state } records { ${RECORD_FIELDS} }`;

export const D = {
  domains: `query($a: ID) { domains(accountId: $a) { ${DOMAIN_FIELDS} } }`,
  domain: `query($id: ID!) { domain(id: $id) { ${DOMAIN_FIELDS} } }`,
  add: `mutation($i: AddDomainInput!) { addDomain(input: $i) { ${DOMAIN_FIELDS} } }`,
  delete: `mutation($id: ID!) { deleteDomain(id: $id) { id state } }`,
  addRecord: `mutation($d: ID!, $i: DnsRecordInput!) { addDnsRecord(domainId: $d, input: $i) { ${RECORD_FIELDS} } }`,
  updateRecord: `mutation($id: ID!, $i: DnsRecordInput!) { updateDnsRecord(id: $id, input: $i) { ${RECORD_FIELDS} } }`,
  deleteRecord: `mutation($id: ID!) { deleteDnsRecord(id: $id) }`,
  import: `mutation($d: ID!, $t: String!) { importZoneFile(domainId: $d, text: $t) { added { ${RECORD_FIELDS} } skipped { line text reason } rejected { line text reason } } }`,
  setServiceDomain: `mutation($s: String!) { setServiceDomain(serviceDomain: $s) { serviceDomain nameServers } }`,
  settings: `query { dnsSettings { serviceDomain nameServers } }`,
  tasks: `query { tasks(first: 100) { nodes { id kind state subject lastError } } }`,
};

export interface DnsServerSpec {
  /** The logical server's name; a unique one when absent. */
  name?: string;
  host?: string;
  port?: number;
  configDir?: string;
  controlCommand?: string;
  nameServer: string;
  dnsRole?: 'PRIMARY' | 'SECONDARY';
}
export interface WebServerSpec {
  host?: string;
  port?: number;
  tlsPort?: number;
  configDir?: string;
  webRoot?: string;
  controlCommand?: string;
  address: string;
}

let nextDnsAddress = 1;

/**
 * The master admin sets up hosting through the API: a machine, default DNS and WEB groups, the
 * given DNS servers (BIND when they have a configDir, else FILES; those without a host get a
 * shared address, as a name server needs one, unless `dnsAddresses` is false) and one web server
 * (NGINX with a configDir, else FILES) with a shared address, and the service domain.
 */
export async function setupHosting(
  master: GqlClient,
  spec: { dns: DnsServerSpec[]; web: WebServerSpec; serviceDomain?: string | null; dnsAddresses?: boolean },
) {
  const machine = (
    await master.ok(`mutation($i: PhysicalServerInput!) { createPhysicalServer(input: $i) { id } }`, {
      i: { name: unique('box'), os: 'LINUX', address: '127.0.0.1' },
    })
  ).createPhysicalServer.id;
  const group = async (kind: string) =>
    (
      await master.ok(`mutation($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }`, {
        i: { name: unique(kind.toLowerCase()), kind, isDefault: true },
      })
    ).createServerGroup.id;
  const create = async (i: Record<string, unknown>) =>
    (await master.ok(`mutation($i: CreateLogicalServerInput!) { createLogicalServer(input: $i) { id name } }`, { i }))
      .createLogicalServer as { id: string; name: string };
  const dnsGroup = await group('DNS');
  const dns = [];
  for (const s of spec.dns) {
    const server = await create({
      name: unique('dns'),
      kind: 'DNS',
      physicalId: machine,
      groupId: dnsGroup,
      driver: s.configDir ? 'BIND' : 'FILES',
      ...s,
    });
    if (!s.host && spec.dnsAddresses !== false)
      await master.ok(`mutation($i: AddIpAddressesInput!) { addIpAddresses(input: $i) { address } }`, {
        i: { serverId: server.id, kind: 'SHARED', addresses: [`198.51.100.${(nextDnsAddress++ % 250) + 1}`] },
      });
    dns.push(server);
  }
  const webGroup = await group('WEB');
  const { address, ...web } = spec.web;
  const webServer = await create({
    name: unique('web'),
    kind: 'WEB',
    physicalId: machine,
    groupId: webGroup,
    driver: web.configDir ? 'NGINX' : 'FILES',
    ...web,
  });
  await master.ok(`mutation($i: AddIpAddressesInput!) { addIpAddresses(input: $i) { address } }`, {
    i: { serverId: webServer.id, kind: 'SHARED', addresses: [address] },
  });
  if (spec.serviceDomain !== null) await master.ok(D.setServiceDomain, { s: spec.serviceDomain ?? 'helio-test.com' });
  return { dns, web: webServer, machine, dnsGroup };
}

/** Polls the domain until it is in `state` (ACTIVE by default); returns it. */
export function domainState(client: GqlClient, id: string, state = 'ACTIVE', ms = 15_000): Promise<any> {
  return eventually(async () => {
    const d = (await client.ok(D.domain, { id })).domain;
    if (d.state !== state) throw new Error(`domain ${d.name} is ${d.state}, waiting for ${state}`);
    return d;
  }, ms);
}

/** Polls until the domain is gone (its query answers NOT_FOUND). */
export function domainGone(client: GqlClient, id: string, ms = 15_000): Promise<void> {
  return eventually(async () => {
    const res = await client.gql(D.domain, { id });
    if (res.errors?.[0]?.extensions?.code !== 'NOT_FOUND')
      throw new Error(`domain ${id} still there: ${JSON.stringify(res.data ?? res.errors)}`);
  }, ms);
}

/** The zone file the FILES driver wrote for `zone` on its primary, once it holds every line of `lines`. */
export function zoneFileWith(
  config: Config,
  dnsServers: readonly { name: string }[],
  zone: string,
  lines: readonly string[],
): Promise<string> {
  return eventually(async () => {
    const files = dnsServers
      .map((s) => path.join(filesDirFor(config, 'dns', s.name), 'primary', `${zone}.zone`))
      .filter((f) => fs.existsSync(f));
    expect(files).toHaveLength(1);
    const text = fs.readFileSync(files[0]!, 'utf8');
    for (const line of lines) expect(text.split('\n')).toContain(line);
    return text;
  }, 15_000);
}
