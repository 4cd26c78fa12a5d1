import { expect } from 'vitest';
import type { GqlClient } from '../../test/client';
import { unique } from '../../test/factories';

/** Fields the MySQL tests read back. */
export const DB_FIELDS = 'id name charset state sizeBytes sizeCheckedAt account { id } users { id name }';
export const USER_FIELDS = 'id name state passwordChangedAt account { id } databases { id name }';

export const Q = {
  databases: `query($a: ID) { mysqlDatabases(accountId: $a) { ${DB_FIELDS} } }`,
  users: `query($a: ID) { mysqlUsers(accountId: $a) { ${USER_FIELDS} } }`,
  createDatabase: `mutation($i: CreateMysqlDatabaseInput!) { createMysqlDatabase(input: $i) { ${DB_FIELDS} } }`,
  deleteDatabase: `mutation($id: ID!) { deleteMysqlDatabase(id: $id) { id name state } }`,
  createUser: `mutation($i: CreateMysqlUserInput!) { createMysqlUser(input: $i) { ${USER_FIELDS} } }`,
  setPassword: `mutation($id: ID!, $p: String!) { setMysqlUserPassword(id: $id, password: $p) { id name state } }`,
  deleteUser: `mutation($id: ID!) { deleteMysqlUser(id: $id) { id name state } }`,
  grant: `mutation($u: ID!, $d: ID!) { grantMysqlDatabase(userId: $u, databaseId: $d) { id state user { id name } database { id name } } }`,
  revoke: `mutation($u: ID!, $d: ID!) { revokeMysqlDatabase(userId: $u, databaseId: $d) }`,
  suspend: `mutation($id: ID!) { suspendAccount(id: $id, reason: "test") { id status } }`,
  resume: `mutation($id: ID!) { resumeAccount(id: $id) { id status } }`,
  tasks: `query { tasks(first: 100) { nodes { id kind state subject lastError } } }`,
  refreshSizes: `mutation($a: ID) { refreshMysqlSizes(accountId: $a) }`,
  sizeTasks: `query { tasks(first: 100, kind: "mysql.refreshSizes") { nodes { id state account { id } server { id } } } }`,
};

/**
 * The master admin sets up MySQL hosting through the API: a machine, the default MYSQL group,
 * and one logical server with the given driver (MARIADB pointing at the test MariaDB as root).
 */
export async function setupMysqlServer(
  master: GqlClient,
  driver: 'FILES' | 'MARIADB',
  conn: { host?: string; port?: number; user?: string; password?: string | null } = {},
): Promise<{ serverId: string; serverName: string; groupId: string; physicalId: string }> {
  const machine = await master.ok(`mutation($i: PhysicalServerInput!) { createPhysicalServer(input: $i) { id } }`, {
    i: { name: unique('db'), os: 'LINUX', address: '127.0.0.1' },
  });
  const group = await master.ok(`mutation($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }`, {
    i: { name: unique('mysql'), kind: 'MYSQL', isDefault: true },
  });
  const serverName = unique('mysql');
  const server = await master.ok(`mutation($i: CreateLogicalServerInput!) { createLogicalServer(input: $i) { id } }`, {
    i: {
      name: serverName,
      kind: 'MYSQL',
      physicalId: machine.createPhysicalServer.id,
      groupId: group.createServerGroup.id,
      driver,
      ...(driver === 'MARIADB'
        ? {
            host: conn.host ?? '127.0.0.1',
            port: conn.port ?? 3306,
            user: conn.user ?? 'root',
            password: conn.password || null,
            userHost: '%',
          }
        : {}),
    },
  });
  return {
    serverId: server.createLogicalServer.id,
    serverName,
    groupId: group.createServerGroup.id,
    physicalId: machine.createPhysicalServer.id,
  };
}

/** Polls until `check` passes (it throws while not yet); fails with its last error after `ms`. */
export async function eventually<T>(check: () => Promise<T>, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** Waits until the database row reaches `state` (or is gone, for state null). */
export function databaseState(client: GqlClient, accountId: string, id: string, state: string | null): Promise<any> {
  return eventually(async () => {
    const row =
      (await client.ok(Q.databases, { a: accountId })).mysqlDatabases.find((d: { id: string }) => d.id === id) ?? null;
    expect(row?.state ?? null).toBe(state);
    return row;
  });
}

export function userState(client: GqlClient, accountId: string, id: string, state: string | null): Promise<any> {
  return eventually(async () => {
    const row =
      (await client.ok(Q.users, { a: accountId })).mysqlUsers.find((u: { id: string }) => u.id === id) ?? null;
    expect(row?.state ?? null).toBe(state);
    return row;
  });
}

/** Task engine settings for tests: poll and retry fast. */
export const FAST_TASKS = { TASK_POLL_MS: '50', TASK_BACKOFF_MS: '20' };
