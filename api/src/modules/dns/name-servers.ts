import type { EntityManager } from '@mikro-orm/core';
import { rows } from '../../db/raw-sql';
import { FIX, setupProblem } from '../alerts';
import { IpKind } from '../servers';
import type { LogicalServer } from '../servers';

/** The service domain a zone's name servers are named under, and whose it is (serviceDomainFor). */
export interface NameServerDomain {
  domain: string;
  owner: { isRoot: boolean };
}

/**
 * The public host name of a DNS server as a company's customers see it. For a reseller with its own
 * service domain, the server's first label under that domain (`ns1.<reseller domain>`: RES-1, its
 * zone holds their addresses); otherwise the server's nameServer setting, else
 * `<server name>.<service domain>`.
 */
export function nameServerOf(server: LogicalServer, svc: NameServerDomain | null): string {
  if (svc && !svc.owner.isRoot) {
    const label = (server.settings.nameServer ?? server.name).split('.')[0]!;
    return `${label}.${svc.domain}`;
  }
  if (server.settings.nameServer) return server.settings.nameServer;
  return svc ? `${server.name}.${svc.domain}` : server.name;
}

/**
 * The address a server's sites and name server answer on: its first shared IP, else the driver's
 * host when that is an address. CONFLICT naming the server when it has neither.
 */
export async function publicAddressOf(em: EntityManager, server: LogicalServer): Promise<string> {
  const address = await knownAddressOf(em, server);
  if (address) return address;
  throw setupProblem(
    {
      key: `SERVER_ADDRESS:${server.id}`,
      message: `${server.kind} server ${server.name} (id ${server.id}) has no shared IP address; add one on Servers → IP addresses`,
      fixPath: FIX.ipAddresses,
      company: 'root',
    },
    { server: server.name },
  );
}

/**
 * Refuses a DNS server that cannot serve zones: one with no address has NS records nobody can
 * resolve (and named-checkzone refuses a zone whose in-zone name server has no A record).
 */
export async function assertCanServeZones(em: EntityManager, server: LogicalServer): Promise<void> {
  if (await knownAddressOf(em, server)) return;
  throw setupProblem({
    key: `NAME_SERVER_ADDRESS:${server.id}`,
    message: `DNS server ${server.name} (id ${server.id}) has no IP address: add one on Servers → IP addresses (a shared address), or set its host to its IP address, before it can serve zones`,
    fixPath: FIX.ipAddresses,
    company: 'root',
  });
}

/** The server's first shared IP, else its driver host when that is an address; null when neither. */
export async function knownAddressOf(em: EntityManager, server: LogicalServer): Promise<string | null> {
  const [ip] = await rows<{ address: string }>(
    em,
    'select address from ip_address where server_id = ? and kind = ? order by id limit 1',
    [server.id, IpKind.SHARED],
  );
  if (ip) return ip.address;
  const host = server.settings.host;
  return host && /^[0-9.]+$|:/.test(host) ? host : null;
}
