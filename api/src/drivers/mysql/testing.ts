import crypto from 'node:crypto';
import mysql from 'mysql2/promise';
import { requireTool, withTimeout, type ToolStatus } from '../../test/tools';

/** The MariaDB the tests use (TEST_MARIADB_HOST/PORT/USER/PASSWORD), reached as its administrator. */
export const TEST_MARIADB = {
  host: process.env.TEST_MARIADB_HOST ?? '127.0.0.1',
  port: Number(process.env.TEST_MARIADB_PORT ?? 3306),
  user: process.env.TEST_MARIADB_USER ?? 'root',
  password: process.env.TEST_MARIADB_PASSWORD ?? '',
};

/** Skips (or, with CI=true, fails) the tests that need MariaDB when it does not answer. */
export function mariadbStatus(): Promise<ToolStatus> {
  return requireTool(`MariaDB at ${TEST_MARIADB.host}:${TEST_MARIADB.port}`, () =>
    withTimeout(
      (async () => {
        const conn = await mysql.createConnection({ ...TEST_MARIADB, connectTimeout: 3000 });
        try {
          await conn.query('SELECT 1');
        } finally {
          await conn.end();
        }
      })(),
      5000,
      'MariaDB',
    ),
  );
}

/** An account-like number no other test run picks: the shared MariaDB outlives every test database. */
export function unusedAccountNumber(): number {
  return 100_000_000 + crypto.randomInt(900_000_000);
}

/** A short name nobody else's test uses: a letter, then 8 random lowercase letters and digits. */
export function randomShortName(prefix = 't'): string {
  return prefix + crypto.randomBytes(8).toString('hex').slice(0, 8);
}

/** Connects as a database login (as a customer's application would); rejects if the server refuses it. */
export function connectAs(user: string, password: string, database?: string): Promise<mysql.Connection> {
  return mysql.createConnection({
    host: TEST_MARIADB.host,
    port: TEST_MARIADB.port,
    user,
    password,
    database,
    connectTimeout: 3000,
  });
}

/** MariaDB's error numbers for a refused login (mysql2 names 4151 after MySQL's meaning of that number). */
// 1698 is MariaDB's "Access denied" without the "(using password …)" part, seen for a login dropped moments ago.
const LOGIN_ERRORS: Record<number, LoginResult> = {
  1045: 'ACCESS_DENIED',
  1698: 'ACCESS_DENIED',
  1044: 'DB_ACCESS_DENIED',
  4151: 'ACCOUNT_LOCKED',
};
export type LoginResult = 'OK' | 'ACCESS_DENIED' | 'DB_ACCESS_DENIED' | 'ACCOUNT_LOCKED';

/** How a login attempt ends: 'OK', or why the server refused it. */
export async function loginResult(user: string, password: string, database?: string): Promise<LoginResult> {
  try {
    const conn = await connectAs(user, password, database);
    await conn.end();
    return 'OK';
  } catch (err) {
    const known = LOGIN_ERRORS[(err as { errno?: number }).errno ?? 0];
    if (!known)
      throw Object.assign(
        new Error(
          `login as ${user} failed unexpectedly (errno ${(err as { errno?: number }).errno}): ${(err as Error).message}`,
        ),
        { cause: err },
      );
    return known;
  }
}

/** A connection as the administrator, for checks and for cleaning up what a test made (and only that). */
export function rootConnection(): Promise<mysql.Connection> {
  return mysql.createConnection({ ...TEST_MARIADB, connectTimeout: 3000 });
}

/** Drops the databases and logins of one account number (a<n>_…), all of which the calling test made. */
export async function dropAccountLeftovers(accountNumber: number): Promise<void> {
  const conn = await rootConnection();
  try {
    const like = `a${accountNumber}\\_%`;
    const [dbs] = await conn.query<mysql.RowDataPacket[]>(
      'SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE ?',
      [like],
    );
    for (const row of dbs) await conn.query(`DROP DATABASE IF EXISTS ${mysql.escapeId(String(row.name))}`);
    const [users] = await conn.query<mysql.RowDataPacket[]>('SELECT User, Host FROM mysql.user WHERE User LIKE ?', [
      like,
    ]);
    for (const row of users) await conn.query('DROP USER IF EXISTS ?@?', [row.User, row.Host]);
  } finally {
    await conn.end();
  }
}
