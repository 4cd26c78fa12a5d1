import type { GraphQLClient } from './api';
import { MARIADB } from './mariadb';

export interface SeededMysqlServer {
  physicalId: string;
  groupId: string;
  serverId: string;
  name: string;
}

/**
 * Through the API, as the master admin: a physical server, a default MYSQL group and a MariaDB logical
 * server in it, so accounts can have databases. (cluster.spec.ts builds the same through the panel.)
 * A `port` where nothing listens gives a server every task on fails.
 */
export async function seedMysqlServer(
  admin: GraphQLClient,
  { name = 'mysql1', port = MARIADB.port }: { name?: string; port?: number } = {},
): Promise<SeededMysqlServer> {
  const { createPhysicalServer } = await admin.request<{ createPhysicalServer: { id: string } }>(
    `mutation ($input: PhysicalServerInput!) { createPhysicalServer(input: $input) { id } }`,
    { input: { name: `${name}-box`, os: 'LINUX', address: '127.0.0.1' } },
  );
  const { createServerGroup } = await admin.request<{ createServerGroup: { id: string } }>(
    `mutation ($input: ServerGroupInput!) { createServerGroup(input: $input) { id } }`,
    { input: { name: `${name}-group`, kind: 'MYSQL', policy: 'LEAST_LOADED', isDefault: true } },
  );
  const { createLogicalServer } = await admin.request<{ createLogicalServer: { id: string } }>(
    `mutation ($input: CreateLogicalServerInput!) { createLogicalServer(input: $input) { id } }`,
    {
      input: {
        name,
        kind: 'MYSQL',
        physicalId: createPhysicalServer.id,
        groupId: createServerGroup.id,
        driver: 'MARIADB',
        host: MARIADB.host,
        port,
        user: MARIADB.user,
        userHost: '%',
      },
    },
  );
  return { physicalId: createPhysicalServer.id, groupId: createServerGroup.id, serverId: createLogicalServer.id, name };
}

/** As an admin, a database for an account (default: the caller's active account); resolves with its full name. */
export async function createMysqlDatabase(
  client: GraphQLClient,
  input: { accountId?: string; name: string },
): Promise<{ id: string; name: string }> {
  const { createMysqlDatabase } = await client.request<{ createMysqlDatabase: { id: string; name: string } }>(
    `mutation ($input: CreateMysqlDatabaseInput!) { createMysqlDatabase(input: $input) { id name } }`,
    { input },
  );
  return createMysqlDatabase;
}

export interface SeededHosting {
  physicalId: string;
  dnsServerIds: string[];
  webServerId: string;
  serviceDomain: string | null;
}

/**
 * Through the API, as the master admin: what domains need. A physical server; a default DNS group with two
 * FILES name servers (ns1/ns2 under `nameServerDomain`, on 127.0.0.2 and .3); a default WEB group with one FILES web server and
 * the shared address 127.0.0.1 on it; and the service domain, unless `serviceDomain` is null (a spec that
 * sets it through the panel).
 */
export async function seedDomainHosting(
  admin: GraphQLClient,
  {
    serviceDomain = 'helio-e2e.com',
    nameServerDomain = 'helio-e2e.com',
  }: { serviceDomain?: string | null; nameServerDomain?: string } = {},
): Promise<SeededHosting> {
  const { createPhysicalServer } = await admin.request<{ createPhysicalServer: { id: string } }>(
    `mutation ($input: PhysicalServerInput!) { createPhysicalServer(input: $input) { id } }`,
    { input: { name: 'box1', os: 'LINUX', address: '127.0.0.1' } },
  );
  const physicalId = createPhysicalServer.id;
  const group = async (name: string, kind: 'DNS' | 'WEB') =>
    (
      await admin.request<{ createServerGroup: { id: string } }>(
        `mutation ($input: ServerGroupInput!) { createServerGroup(input: $input) { id } }`,
        {
          input: { name, kind, policy: 'LEAST_LOADED', isDefault: true },
        },
      )
    ).createServerGroup.id;
  const server = async (input: Record<string, unknown>) =>
    (
      await admin.request<{ createLogicalServer: { id: string } }>(
        `mutation ($input: CreateLogicalServerInput!) { createLogicalServer(input: $input) { id } }`,
        {
          input: { physicalId, driver: 'FILES', ...input },
        },
      )
    ).createLogicalServer.id;

  const dnsGroup = await group('dns-default', 'DNS');
  const dnsServerIds = [
    await server({ name: 'dns1', kind: 'DNS', groupId: dnsGroup, nameServer: `ns1.${nameServerDomain}` }),
    await server({ name: 'dns2', kind: 'DNS', groupId: dnsGroup, nameServer: `ns2.${nameServerDomain}` }),
  ];
  // Name servers need an address of their own for the glue records of in-zone NS names (FILES binds nothing).
  for (const [i, serverId] of dnsServerIds.entries()) {
    await admin.request(`mutation ($input: AddIpAddressesInput!) { addIpAddresses(input: $input) { id } }`, {
      input: { serverId, kind: 'SHARED', addresses: [`127.0.0.${i + 2}`] },
    });
  }
  const webGroup = await group('web-default', 'WEB');
  const webServerId = await server({ name: 'web1', kind: 'WEB', groupId: webGroup });
  await admin.request(`mutation ($input: AddIpAddressesInput!) { addIpAddresses(input: $input) { id } }`, {
    input: { serverId: webServerId, kind: 'SHARED', addresses: ['127.0.0.1'] },
  });
  if (serviceDomain) {
    await admin.request(`mutation ($d: String!) { setServiceDomain(serviceDomain: $d) { serviceDomain } }`, {
      d: serviceDomain,
    });
  }
  return { physicalId, dnsServerIds, webServerId, serviceDomain };
}

/** As the master admin: a default server group of `kind` named `name`; resolves with its ID. */
export async function createDefaultGroup(admin: GraphQLClient, kind: string, name: string): Promise<string> {
  const { createServerGroup } = await admin.request<{ createServerGroup: { id: string } }>(
    `mutation ($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }`,
    { i: { name, kind, isDefault: true } },
  );
  return createServerGroup.id;
}

/** As the master admin: a logical server on `physicalId` (`input`: the rest of CreateLogicalServerInput); its ID. */
export async function createLogicalServer(
  admin: GraphQLClient,
  physicalId: string,
  input: Record<string, unknown>,
): Promise<string> {
  const { createLogicalServer } = await admin.request<{ createLogicalServer: { id: string } }>(
    `mutation ($i: CreateLogicalServerInput!) { createLogicalServer(input: $i) { id } }`,
    { i: { physicalId, ...input } },
  );
  return createLogicalServer.id;
}
