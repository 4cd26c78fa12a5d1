import mysql from 'mysql2/promise';

/** The MariaDB server the MySQL logical server of the specs manages (root, no password, on loopback). */
export const MARIADB = { host: '127.0.0.1', port: 3306, user: 'root', password: '' } as const;

/** A root connection for checking what the task worker did, and for cleaning up after a spec. */
export function rootConnection(): Promise<mysql.Connection> {
  return mysql.createConnection({
    host: MARIADB.host,
    port: MARIADB.port,
    user: MARIADB.user,
    password: MARIADB.password,
  });
}

export async function databaseExists(db: mysql.Connection, name: string): Promise<boolean> {
  const [rows] = await db.query<mysql.RowDataPacket[]>(
    'SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
    [name],
  );
  return rows.length > 0;
}

/** The hosts a database user exists for (`'a12_app'@'%'` gives ['%']). */
export async function userHosts(db: mysql.Connection, user: string): Promise<string[]> {
  const [rows] = await db.query<mysql.RowDataPacket[]>('SELECT Host FROM mysql.user WHERE User = ?', [user]);
  return rows.map((r) => String(r.Host));
}

/** The databases a user holds privileges on, from the server's own tables. */
export async function grantedDatabases(db: mysql.Connection, user: string): Promise<string[]> {
  const [rows] = await db.query<mysql.RowDataPacket[]>('SELECT DISTINCT Db FROM mysql.db WHERE User = ?', [user]);
  return rows.map((r) => String(r.Db).replace(/\\_/g, '_'));
}

/** Drops exactly the named databases and users (every host of each user): only what a spec created. */
export async function dropCreated(names: { databases: string[]; users: string[] }): Promise<void> {
  const db = await rootConnection();
  try {
    for (const name of names.databases) await db.query(`DROP DATABASE IF EXISTS ${db.escapeId(name)}`);
    for (const user of names.users) {
      for (const host of await userHosts(db, user)) await db.query('DROP USER IF EXISTS ?@?', [user, host]);
    }
  } finally {
    await db.end();
  }
}
