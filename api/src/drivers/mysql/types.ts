import type { Survey } from '../survey';
import { PANEL_NAME } from './names';
import type { LoginCopy } from './statements';

export type { LoginCopy } from './statements';

/**
 * What the task handlers ask of a MySQL logical server. Every operation is idempotent (running
 * it twice leaves the server as running it once), and refuses names the panel could not have made
 * (names.ts) before any SQL is built.
 */
export interface MysqlDriver {
  /** Creates the database with the charset's default collation; nothing if it exists. */
  createDatabase(name: string, charset: string): Promise<void>;
  /** Revokes every user's privileges on it, then drops it; nothing if it is gone. */
  dropDatabase(name: string): Promise<void>;
  /** Creates the login with this password; if it exists, sets the password (a retried task ends the same). */
  createUser(name: string, password: string): Promise<void>;
  setPassword(name: string, password: string): Promise<void>;
  /** Drops the login (and with it its privileges) and ends its open connections; nothing if it is gone. */
  dropUser(name: string): Promise<void>;
  /** All privileges on the database (not GRANT OPTION). Throws if the login does not exist. */
  grant(user: string, db: string): Promise<void>;
  /** Nothing if the grant (or the login) is gone. */
  revoke(user: string, db: string): Promise<void>;
  /** Login refused from now on; open connections are ended. */
  lockUser(name: string): Promise<void>;
  unlockUser(name: string): Promise<void>;
  /** Bytes on disk of each given database that exists; missing ones are absent (all are, for a driver that cannot measure). */
  sizes(names: string[]): Promise<Map<string, number>>;
  /**
   * Compares the server with what the panel expects (keys `database <name>`, `user <name>`,
   * `grant <user> on <database>`): missing ones are absent; unknown ones look panel-made (a<id>_…)
   * but are not expected. Names the panel could not have made (mysql, test…) are never listed.
   */
  survey(expected: MysqlExpectation): Promise<Survey<string>>;
  /** The login as this server stores it (plugin and hash, locked or not), to recreate it elsewhere; null if it does not exist. */
  exportLogin(name: string): Promise<LoginCopy | null>;
  /** Creates (or sets) the login from another server's copy, with the same password and lock. */
  importLogin(login: LoginCopy): Promise<void>;
  /**
   * Copies database `name` (tables, data, views, triggers, routines, events) to `target`, which
   * must be a server of the same driver; whatever `target` held under that name is replaced.
   */
  copyDatabaseTo(target: MysqlDriver, name: string, charset: string, signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

/** What a MySQL server should hold, for a survey. */
export interface MysqlExpectation {
  databases: string[];
  users: string[];
  grants: { user: string; database: string }[];
}

/** The survey's comparison, for both drivers: what the server holds against what is expected. */
export function compareMysql(
  held: { databases: string[]; users: string[]; grants: { user: string; database: string }[] },
  expected: MysqlExpectation,
): Survey<string> {
  const ours = (name: string) => PANEL_NAME.test(name);
  const keys = (x: MysqlExpectation) => [
    ...x.databases.map((d) => `database ${d}`),
    ...x.users.map((u) => `user ${u}`),
    ...x.grants.map((g) => `grant ${g.user} on ${g.database}`),
  ];
  const heldKeys = new Set(
    keys({
      databases: held.databases.filter(ours),
      users: held.users.filter(ours),
      grants: held.grants.filter((g) => ours(g.user) && ours(g.database)),
    }),
  );
  const wanted = keys(expected);
  const wantedSet = new Set(wanted);
  return {
    missing: wanted.filter((k) => !heldKeys.has(k)),
    different: [],
    unknown: [...heldKeys].filter((k) => !wantedSet.has(k)).sort(),
  };
}
