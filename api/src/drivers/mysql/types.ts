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
  close(): Promise<void>;
}
