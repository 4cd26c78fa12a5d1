/**
 * Names of the databases and users the panel creates on a MySQL server. Every one is
 * `a<accountId>_<short>`: the prefix keeps accounts apart, and the drivers refuse any name
 * outside this pattern, so they can never touch a database or login the panel did not make.
 */

/** The part a user picks: a lowercase letter, then lowercase letters, digits and underscores. */
export const SHORT_NAME = /^[a-z][a-z0-9_]*$/;
export const SHORT_NAME_MAX = 16;

/** Every full name a driver will act on. The account ID is at most 14 digits, so a login fits MySQL's 32 characters. */
export const PANEL_NAME = /^a[1-9][0-9]{0,13}_[a-z][a-z0-9_]{0,15}$/;

/** Short names refused even though they match the pattern: they read as system schemas or logins. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  'mysql',
  'sys',
  'test',
  'root',
  'admin',
  'mariadb',
  'information_schema',
  'performance_schema',
  'phpmyadmin',
]);

/** Character sets a database may be created with (the default collation of each). */
export const CHARSETS = ['utf8mb4', 'utf8mb3', 'latin1', 'ascii', 'binary'] as const;
export type Charset = (typeof CHARSETS)[number];
export const DEFAULT_CHARSET: Charset = 'utf8mb4';

export function fullName(accountId: number, short: string): string {
  return `a${accountId}_${short}`;
}

export class UnsafeInputError extends Error {}

/** Throws unless `name` is one the panel could have made; run before any SQL is built. */
export function assertPanelName(what: 'database' | 'user', name: string): void {
  if (typeof name !== 'string' || !PANEL_NAME.test(name)) {
    throw new UnsafeInputError(
      `refusing ${what} name ${JSON.stringify(name)}: not a panel-made name (a<account>_<name>)`,
    );
  }
}

export function assertCharset(charset: string): asserts charset is Charset {
  if (!(CHARSETS as readonly string[]).includes(charset))
    throw new UnsafeInputError(`refusing charset ${JSON.stringify(charset)}`);
}

/** Host part of the logins a server creates: '%' or a host name, address or pattern, nothing that needs quoting tricks. */
export function assertUserHost(host: string): void {
  if (!/^[A-Za-z0-9.%:_-]{1,255}$/.test(host)) throw new UnsafeInputError(`refusing user host ${JSON.stringify(host)}`);
}

/** Never a login without a password, never a NUL (C clients would cut the password there). */
export function assertPassword(password: string): void {
  if (typeof password !== 'string' || password.length === 0) throw new UnsafeInputError('refusing an empty password');
  if (password.includes('\u0000')) throw new UnsafeInputError('refusing a password with a NUL character');
}
