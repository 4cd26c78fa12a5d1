import mysql from 'mysql2/promise';
import type { Pool, PoolConnection, RowDataPacket } from 'mysql2/promise';
import { assertCharset, assertPanelName, assertPassword, assertUserHost, PANEL_NAME } from './names';
import { pipeDatabase, type ClientSettings } from './dump';
import { grantDbPattern, sql, type Statement } from './statements';
import { compareMysql, type LoginCopy, type MysqlDriver, type MysqlExpectation } from './types';
import type { Survey } from '../survey';

export interface MariadbSettings {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Host part of the logins this server creates ('%': from anywhere). */
  userHost: string;
}

// MariaDB/MySQL error numbers this driver treats as "already done".
const ER_NONEXISTING_GRANT = 1141;
const ER_NONEXISTING_TABLE_GRANT = 1147;
const ER_NO_SUCH_THREAD = 1094;
/** INNODB_SYS_TABLESPACES needs PROCESS (1227) and is named otherwise on MySQL 8 (1109). */
const TABLESPACES_UNREADABLE = new Set([1227, 1109]);

/**
 * Values are sent through mysql2's client-side placeholders, which escape with backslashes;
 * that is only safe while the session does not run with NO_BACKSLASH_ESCAPES, so every
 * connection of the pool pins its sql_mode first (CREATE USER and friends cannot be server-side
 * prepared statements on MariaDB, so real binding is not available for them).
 */
const SESSION_SQL_MODE = "SET SESSION sql_mode = 'STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION'";

/** A MariaDB (or MySQL) server reached over the network with mysql2: one small pool per logical server. */
export class MariadbDriver implements MysqlDriver {
  private readonly pool: Pool;

  constructor(private readonly settings: MariadbSettings) {
    assertUserHost(settings.userHost);
    this.pool = mysql.createPool({
      host: settings.host,
      port: settings.port,
      user: settings.user,
      password: settings.password,
      connectionLimit: 4,
      // Idle connections close after a few seconds: no pool outlives its use by long, shutdown hook or not.
      maxIdle: 0,
      idleTimeout: 5000,
      connectTimeout: 5000,
      multipleStatements: false,
      charset: 'utf8mb4',
    });
    this.pool.on('connection', (conn) => {
      // The core (callback) connection: this runs before anything the pool hands it out for.
      // Fail closed: a connection whose sql_mode could not be pinned is destroyed, so nothing runs on it.
      const core = conn as unknown as { query(sql: string, cb: (err: Error | null) => void): void; destroy(): void };
      core.query(SESSION_SQL_MODE, (err) => {
        if (err) core.destroy();
      });
    });
  }

  private async withConnection<T>(fn: (conn: PoolConnection) => Promise<T>): Promise<T> {
    const conn = await this.pool.getConnection();
    try {
      return await fn(conn);
    } finally {
      conn.release();
    }
  }

  async createDatabase(name: string, charset: string): Promise<void> {
    assertPanelName('database', name);
    assertCharset(charset);
    await run(this.pool, sql.createDatabase(name, charset));
  }

  async dropDatabase(name: string): Promise<void> {
    assertPanelName('database', name);
    await this.withConnection(async (conn) => {
      // DROP DATABASE leaves database-level grants behind; a later database of the same name would inherit them.
      const [rows] = await conn.query<RowDataPacket[]>('SELECT User, Host FROM mysql.db WHERE Db IN (?, ?)', [
        name,
        grantDbPattern(name),
      ]);
      for (const row of rows) {
        const user = String(row.User);
        if (!PANEL_NAME.test(user)) continue; // not ours: leave it
        await this.revokeOn(conn, user, String(row.Host), name);
      }
      await run(conn, sql.dropDatabase(name));
    });
  }

  async createUser(name: string, password: string): Promise<void> {
    assertPanelName('user', name);
    assertPassword(password);
    await this.withConnection(async (conn) => {
      await run(conn, sql.createUser(name, this.settings.userHost, password), 2);
      // A retried task finds the login made by the first attempt: set the password again so both end the same.
      await run(conn, sql.setPassword(name, this.settings.userHost, password), 2);
    });
  }

  async setPassword(name: string, password: string): Promise<void> {
    assertPanelName('user', name);
    assertPassword(password);
    await run(this.pool, sql.setPassword(name, this.settings.userHost, password), 2);
  }

  async dropUser(name: string): Promise<void> {
    assertPanelName('user', name);
    await this.withConnection(async (conn) => {
      await run(conn, sql.dropUser(name, this.settings.userHost));
      await this.killConnections(conn, name);
    });
  }

  async grant(user: string, db: string): Promise<void> {
    assertPanelName('user', user);
    assertPanelName('database', db);
    await this.withConnection(async (conn) => {
      // Without NO_AUTO_CREATE_USER, GRANT to a missing login would create it with no password: check first.
      if (!(await this.userExists(conn, user))) throw new Error(`MySQL user ${user} does not exist`);
      await run(conn, sql.grant(user, this.settings.userHost, db));
    });
  }

  async revoke(user: string, db: string): Promise<void> {
    assertPanelName('user', user);
    assertPanelName('database', db);
    await this.withConnection((conn) => this.revokeOn(conn, user, this.settings.userHost, db));
  }

  async lockUser(name: string): Promise<void> {
    assertPanelName('user', name);
    await this.withConnection(async (conn) => {
      await run(conn, sql.lockUser(name, this.settings.userHost));
      await this.killConnections(conn, name);
    });
  }

  async unlockUser(name: string): Promise<void> {
    assertPanelName('user', name);
    await run(this.pool, sql.unlockUser(name, this.settings.userHost));
  }

  /**
   * Bytes on disk. InnoDB's DATA_LENGTH and INDEX_LENGTH in information_schema.TABLES come from its
   * statistics, which are recalculated only after a tenth of a table's rows changed (and then in the
   * background): a table that grew from nothing can show 16 KiB for a while, and one growing steadily
   * lags by up to a tenth. So InnoDB tables in their own tablespace (innodb_file_per_table, the
   * default) count with their files' allocated size, read live from INNODB_SYS_TABLESPACES (free
   * space inside a file counts: the disk holds it). Other engines (Aria, MyISAM) report their files
   * in TABLES already. Without the PROCESS privilege, or on a server without that table (MySQL 8),
   * the statistics are the figure. No ANALYZE TABLE: customers' tables are not the panel's to lock.
   */
  async survey(expected: MysqlExpectation): Promise<Survey<string>> {
    const [schemas] = await this.pool.query<RowDataPacket[]>(
      'SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA',
    );
    const [users] = await this.pool.query<RowDataPacket[]>('SELECT User AS name FROM mysql.user WHERE Host = ?', [
      this.settings.userHost,
    ]);
    // mysql.db keeps the database as the grant's pattern (a1\_shop): unescaped, it is the name.
    const [grants] = await this.pool.query<RowDataPacket[]>(
      'SELECT User AS user, Db AS db FROM mysql.db WHERE Host = ?',
      [this.settings.userHost],
    );
    return compareMysql(
      {
        databases: schemas.map((r) => String(r.name)),
        users: users.map((r) => String(r.name)),
        grants: grants.map((r) => ({ user: String(r.user), database: String(r.db).replace(/\\([_%\\])/g, '$1') })),
      },
      expected,
    );
  }

  async sizes(names: string[]): Promise<Map<string, number>> {
    for (const name of names) assertPanelName('database', name);
    const out = new Map<string, number>();
    if (names.length === 0) return out;
    const [schemas] = await this.pool.query<RowDataPacket[]>(
      'SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN (?)',
      [names],
    );
    for (const row of schemas) out.set(String(row.name), 0);
    const [tables] = await this.pool.query<RowDataPacket[]>(
      `SELECT TABLE_SCHEMA AS name, ENGINE = 'InnoDB' AS innodb, SUM(COALESCE(DATA_LENGTH, 0) + COALESCE(INDEX_LENGTH, 0)) AS bytes
         FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (?) GROUP BY TABLE_SCHEMA, innodb`,
      [names],
    );
    const files = await this.tablespaceBytes(names);
    for (const row of tables) {
      const db = String(row.name);
      // A database whose InnoDB tables have no tablespace of their own (file-per-table off) keeps the statistics.
      const bytes = Number(row.innodb) ? (files?.get(db) ?? Number(row.bytes)) : Number(row.bytes);
      out.set(db, (out.get(db) ?? 0) + bytes);
    }
    return out;
  }

  /** Allocated bytes of the InnoDB tablespaces of each database (`db/table`, `db/table#P#p0`…); null if unreadable here. */
  private async tablespaceBytes(names: string[]): Promise<Map<string, number> | null> {
    try {
      const [rows] = await this.pool.query<RowDataPacket[]>(
        `SELECT SUBSTRING_INDEX(NAME, '/', 1) AS name, SUM(ALLOCATED_SIZE) AS bytes
           FROM information_schema.INNODB_SYS_TABLESPACES WHERE SUBSTRING_INDEX(NAME, '/', 1) IN (?) GROUP BY 1`,
        [names],
      );
      return new Map(rows.map((r) => [String(r.name), Number(r.bytes)]));
    } catch (err) {
      if (TABLESPACES_UNREADABLE.has((err as { errno?: number }).errno ?? 0)) return null;
      throw err;
    }
  }

  /** `locked` is not read (MariaDB keeps it in mysql.global_priv's JSON, MySQL in mysql.user): the caller decides it. */
  async exportLogin(name: string): Promise<LoginCopy | null> {
    assertPanelName('user', name);
    const [rows] = await this.pool.query<RowDataPacket[]>(
      'SELECT plugin, authentication_string AS hash FROM mysql.user WHERE User = ? AND Host = ?',
      [name, this.settings.userHost],
    );
    const row = rows[0];
    if (!row) return null;
    return { name, plugin: String(row.plugin || 'mysql_native_password'), hash: String(row.hash ?? ''), locked: false };
  }

  async importLogin(login: LoginCopy): Promise<void> {
    assertPanelName('user', login.name);
    await this.withConnection(async (conn) => {
      await run(conn, sql.createUserFromHash(login.name, this.settings.userHost, login), 2);
      await run(conn, sql.setHash(login.name, this.settings.userHost, login), 2); // a rerun finds the login made before
      const lock = login.locked ? sql.lockUser : sql.unlockUser;
      await run(conn, lock(login.name, this.settings.userHost));
    });
  }

  async copyDatabaseTo(target: MysqlDriver, name: string, charset: string, signal?: AbortSignal): Promise<void> {
    assertPanelName('database', name);
    assertCharset(charset);
    if (!(target instanceof MariadbDriver)) throw new Error('a database moves only between servers of one driver');
    // What the target holds under this name is an earlier attempt's partial copy: it starts again empty.
    await run(target.pool, sql.dropDatabase(name));
    await run(target.pool, sql.createDatabase(name, charset));
    await pipeDatabase(this.client(), target.client(), name, signal);
  }

  private client(): ClientSettings {
    const { host, port, user, password } = this.settings;
    return { host, port, user, password };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async userExists(conn: PoolConnection, name: string): Promise<boolean> {
    const [rows] = await conn.query<RowDataPacket[]>('SELECT 1 FROM mysql.user WHERE User = ? AND Host = ?', [
      name,
      this.settings.userHost,
    ]);
    return rows.length > 0;
  }

  private async revokeOn(conn: PoolConnection, user: string, host: string, db: string): Promise<void> {
    try {
      await run(conn, sql.revoke(user, host, db));
    } catch (err) {
      const errno = (err as { errno?: number }).errno;
      if (errno !== ER_NONEXISTING_GRANT && errno !== ER_NONEXISTING_TABLE_GRANT) throw err; // already revoked, or no such login
    }
  }

  /** Ends the login's open sessions, so a locked or dropped login stops working now, not at its next connect. */
  private async killConnections(conn: PoolConnection, name: string): Promise<void> {
    const [rows] = await conn.query<RowDataPacket[]>('SELECT ID FROM information_schema.PROCESSLIST WHERE USER = ?', [
      name,
    ]);
    for (const row of rows) {
      try {
        await conn.query('KILL CONNECTION ?', [Number(row.ID)]);
      } catch (err) {
        if ((err as { errno?: number }).errno !== ER_NO_SUCH_THREAD) throw err; // it ended by itself meanwhile
      }
    }
  }
}

/** Runs a statement. If value `secretAt` is a password, a failure carries neither the statement nor the password, plain or escaped. */
async function run(target: Pool | PoolConnection, stmt: Statement, secretAt?: number): Promise<unknown> {
  try {
    return await target.query(stmt.sql, stmt.values);
  } catch (err) {
    if (secretAt === undefined) throw err;
    const { message, errno, code } = err as { message: string; errno?: number; code?: string };
    const secret = String(stmt.values[secretAt]);
    let text = message;
    for (const form of [secret, mysql.escape(secret).slice(1, -1)]) text = text.split(form).join('[redacted]');
    throw Object.assign(new Error(text), { errno, code });
  }
}
