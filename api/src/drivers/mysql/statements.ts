import mysql from 'mysql2/promise';

/** One statement: SQL with `?` placeholders for values (identifiers are already validated and quoted). */
export interface Statement {
  sql: string;
  values: unknown[];
}

/** In a GRANT's database name `_` and `%` are wildcards; escaped, the grant covers this one database only. */
export function grantDbPattern(db: string): string {
  return db.replace(/[_%]/g, (c) => `\\${c}`);
}

const id = (name: string) => mysql.escapeId(name);

/** A login as another server stores it, to recreate it elsewhere with the same password. */
export interface LoginCopy {
  name: string;
  /** Authentication plugin (mysql_native_password, ed25519…). */
  plugin: string;
  /** The stored hash as the plugin keeps it (secret: it never reaches a log or the API). */
  hash: string;
  /** Whether the login is to be locked where it is made (the exporting server does not report it). */
  locked: boolean;
}

/** A plugin name goes into the SQL text (it cannot be a placeholder): only a plain identifier passes. */
function checkedPlugin(plugin: string): string {
  if (!/^[a-z0-9_]{1,64}$/.test(plugin))
    throw new Error(`unexpected authentication plugin ${JSON.stringify(plugin.slice(0, 70))}`);
  return plugin;
}

/**
 * The statements both drivers speak: the MariaDB driver runs them, the files driver writes them.
 * Callers validate names first (names.ts); values always travel as placeholders, never spliced.
 * No `GRANT … IDENTIFIED BY` (removed in MySQL 8): logins are made with CREATE USER, then granted.
 */
export const sql = {
  createDatabase: (name: string, charset: string): Statement => ({
    sql: `CREATE DATABASE IF NOT EXISTS ${id(name)} CHARACTER SET ${charset}`,
    values: [],
  }),
  dropDatabase: (name: string): Statement => ({ sql: `DROP DATABASE IF EXISTS ${id(name)}`, values: [] }),
  createUser: (name: string, host: string, password: string): Statement => ({
    sql: 'CREATE USER IF NOT EXISTS ?@? IDENTIFIED BY ?',
    values: [name, host, password],
  }),
  setPassword: (name: string, host: string, password: string): Statement => ({
    sql: 'ALTER USER ?@? IDENTIFIED BY ?',
    values: [name, host, password],
  }),
  /** A login copied from another server: its authentication plugin and stored hash, never the password. */
  createUserFromHash: (name: string, host: string, login: LoginCopy): Statement => ({
    sql: `CREATE USER IF NOT EXISTS ?@? IDENTIFIED WITH ${checkedPlugin(login.plugin)} AS ?`,
    values: [name, host, login.hash],
  }),
  setHash: (name: string, host: string, login: LoginCopy): Statement => ({
    sql: `ALTER USER ?@? IDENTIFIED WITH ${checkedPlugin(login.plugin)} AS ?`,
    values: [name, host, login.hash],
  }),
  dropUser: (name: string, host: string): Statement => ({ sql: 'DROP USER IF EXISTS ?@?', values: [name, host] }),
  grant: (user: string, host: string, db: string): Statement => ({
    sql: `GRANT ALL PRIVILEGES ON ${id(grantDbPattern(db))}.* TO ?@?`,
    values: [user, host],
  }),
  revoke: (user: string, host: string, db: string): Statement => ({
    sql: `REVOKE ALL PRIVILEGES ON ${id(grantDbPattern(db))}.* FROM ?@?`,
    values: [user, host],
  }),
  lockUser: (name: string, host: string): Statement => ({
    sql: 'ALTER USER IF EXISTS ?@? ACCOUNT LOCK',
    values: [name, host],
  }),
  unlockUser: (name: string, host: string): Statement => ({
    sql: 'ALTER USER IF EXISTS ?@? ACCOUNT UNLOCK',
    values: [name, host],
  }),
};

/** The statement as text, with the values at `redact` positions replaced: for logs and the files driver. */
export function printable(stmt: Statement, redact: number[] = []): string {
  const values = stmt.values.map((v, i) => (redact.includes(i) ? '[redacted]' : v));
  return mysql.format(stmt.sql, values as never[]) + ';';
}
