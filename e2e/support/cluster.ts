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
export async function seedMysqlServer(admin: GraphQLClient, { name = 'mysql1', port = MARIADB.port }: { name?: string; port?: number } = {}): Promise<SeededMysqlServer> {
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
export async function createMysqlDatabase(client: GraphQLClient, input: { accountId?: string; name: string }): Promise<{ id: string; name: string }> {
  const { createMysqlDatabase } = await client.request<{ createMysqlDatabase: { id: string; name: string } }>(
    `mutation ($input: CreateMysqlDatabaseInput!) { createMysqlDatabase(input: $input) { id name } }`,
    { input },
  );
  return createMysqlDatabase;
}
