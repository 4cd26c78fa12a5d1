import fs from 'node:fs/promises';
import path from 'node:path';
import { assertCharset, assertPanelName, assertPassword, assertUserHost } from './names';
import { printable, sql, type Statement } from './statements';
import { compareMysql, type LoginCopy, type MysqlDriver, type MysqlExpectation } from './types';
import type { Survey } from '../survey';

/** What the files driver believes the server holds; it decides what a repeated call must not write again. */
interface FilesState {
  databases: Record<string, { charset: string }>;
  users: Record<string, { locked: boolean }>;
  /** "user db" pairs. */
  grants: string[];
}

const empty = (): FilesState => ({ databases: {}, users: {}, grants: [] });

/** Calls on one directory run one at a time (state.json is read, changed and written back). */
const queues = new Map<string, Promise<unknown>>();

/**
 * The embedded default: no MariaDB needed. Appends the SQL the MariaDB driver would run to
 * `<dir>/applied.sql` (passwords redacted) and keeps `<dir>/state.json`, so a repeated call
 * writes nothing new and the outcomes match the real driver's (e.g. granting to a missing login fails).
 * Single-process only: the queue that orders writes lives in this process.
 */
export class FilesMysqlDriver implements MysqlDriver {
  readonly sqlFile: string;
  readonly stateFile: string;

  constructor(
    readonly dir: string,
    private readonly userHost = '%',
  ) {
    assertUserHost(userHost);
    this.sqlFile = path.join(dir, 'applied.sql');
    this.stateFile = path.join(dir, 'state.json');
  }

  async createDatabase(name: string, charset: string): Promise<void> {
    assertPanelName('database', name);
    assertCharset(charset);
    return this.change((s) => {
      if (s.databases[name]) return [];
      s.databases[name] = { charset };
      return [printable(sql.createDatabase(name, charset))];
    });
  }

  async dropDatabase(name: string): Promise<void> {
    assertPanelName('database', name);
    return this.change((s) => {
      const lines: string[] = [];
      for (const pair of s.grants.filter((g) => g.endsWith(` ${name}`))) {
        lines.push(printable(sql.revoke(pair.split(' ')[0]!, this.userHost, name)));
      }
      s.grants = s.grants.filter((g) => !g.endsWith(` ${name}`));
      if (s.databases[name]) {
        delete s.databases[name];
        lines.push(printable(sql.dropDatabase(name)));
      }
      return lines;
    });
  }

  async createUser(name: string, password: string): Promise<void> {
    assertPanelName('user', name);
    assertPassword(password);
    return this.change((s) => {
      if (s.users[name]) return [];
      s.users[name] = { locked: false };
      return [printable(sql.createUser(name, this.userHost, password), [2])];
    });
  }

  async setPassword(name: string, password: string): Promise<void> {
    assertPanelName('user', name);
    assertPassword(password);
    return this.change((s) => {
      if (!s.users[name]) throw new Error(`MySQL user ${name} does not exist`); // as ALTER USER without IF EXISTS
      return [printable(sql.setPassword(name, this.userHost, password), [2])];
    });
  }

  async dropUser(name: string): Promise<void> {
    assertPanelName('user', name);
    return this.change((s) => {
      s.grants = s.grants.filter((g) => !g.startsWith(`${name} `));
      if (!s.users[name]) return [];
      delete s.users[name];
      return [printable(sql.dropUser(name, this.userHost))];
    });
  }

  async grant(user: string, db: string): Promise<void> {
    assertPanelName('user', user);
    assertPanelName('database', db);
    return this.change((s) => {
      if (!s.users[user]) throw new Error(`MySQL user ${user} does not exist`);
      if (s.grants.includes(`${user} ${db}`)) return [];
      s.grants.push(`${user} ${db}`);
      return [printable(sql.grant(user, this.userHost, db))];
    });
  }

  async revoke(user: string, db: string): Promise<void> {
    assertPanelName('user', user);
    assertPanelName('database', db);
    return this.change((s) => {
      if (!s.grants.includes(`${user} ${db}`)) return [];
      s.grants = s.grants.filter((g) => g !== `${user} ${db}`);
      return [printable(sql.revoke(user, this.userHost, db))];
    });
  }

  async lockUser(name: string): Promise<void> {
    assertPanelName('user', name);
    return this.setLocked(name, true, sql.lockUser(name, this.userHost));
  }

  async unlockUser(name: string): Promise<void> {
    assertPanelName('user', name);
    return this.setLocked(name, false, sql.unlockUser(name, this.userHost));
  }

  /** The files driver keeps no passwords: the copy carries the lock only. */
  async exportLogin(name: string): Promise<LoginCopy | null> {
    assertPanelName('user', name);
    const user = (await this.read()).users[name];
    return user ? { name, plugin: 'files', hash: '', locked: user.locked } : null;
  }

  async importLogin(login: LoginCopy): Promise<void> {
    assertPanelName('user', login.name);
    return this.change((s) => {
      const lines: string[] = [];
      if (!s.users[login.name]) {
        s.users[login.name] = { locked: false };
        lines.push(`-- ${login.name} copied from another server (its stored hash)`);
      }
      if (s.users[login.name]!.locked !== login.locked) {
        s.users[login.name]!.locked = login.locked;
        const stmt = login.locked ? sql.lockUser : sql.unlockUser;
        lines.push(printable(stmt(login.name, this.userHost)));
      }
      return lines;
    });
  }

  /** The files driver holds no data: the copy is the database itself, on a files server. */
  async copyDatabaseTo(target: MysqlDriver, name: string, charset: string): Promise<void> {
    assertPanelName('database', name);
    if (!(target instanceof FilesMysqlDriver)) throw new Error('a database moves only between servers of one driver');
    if (!(await this.read()).databases[name]) throw new Error(`database ${name} does not exist`);
    await target.createDatabase(name, charset);
  }

  /** What state.json says the server holds, against what is expected. */
  async survey(expected: MysqlExpectation): Promise<Survey<string>> {
    const s = await this.read();
    return compareMysql(
      {
        databases: Object.keys(s.databases),
        users: Object.keys(s.users),
        grants: s.grants.map((g) => {
          const [user, database] = g.split(' ');
          return { user: user!, database: database! };
        }),
      },
      expected,
    );
  }

  /** Nothing: no data is ever written to these databases, so there is no size to report (the rows keep null). */
  async sizes(names: string[]): Promise<Map<string, number>> {
    for (const name of names) assertPanelName('database', name);
    return new Map();
  }

  async close(): Promise<void> {}

  private setLocked(name: string, locked: boolean, stmt: Statement): Promise<void> {
    return this.change((s) => {
      const user = s.users[name];
      if (!user || user.locked === locked) return [];
      user.locked = locked;
      return [printable(stmt)];
    });
  }

  private async read(): Promise<FilesState> {
    try {
      return { ...empty(), ...(JSON.parse(await fs.readFile(this.stateFile, 'utf8')) as Partial<FilesState>) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return empty();
      throw err;
    }
  }

  /** Applies `edit` to the state; writes the SQL lines it returns, then the new state (atomically, by rename). */
  private change(edit: (state: FilesState) => string[]): Promise<void> {
    const previous = queues.get(this.dir) ?? Promise.resolve();
    const next = previous
      .catch(() => {})
      .then(async () => {
        const state = await this.read();
        const lines = edit(state);
        if (lines.length === 0) return;
        await fs.mkdir(this.dir, { recursive: true });
        await fs.appendFile(this.sqlFile, `-- ${new Date().toISOString()}\n${lines.join('\n')}\n`, { mode: 0o600 });
        const tmp = `${this.stateFile}.${process.pid}.tmp`;
        await fs.writeFile(tmp, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
        await fs.rename(tmp, this.stateFile);
      });
    queues.set(this.dir, next);
    void next
      .finally(() => {
        if (queues.get(this.dir) === next) queues.delete(this.dir);
      })
      .catch(() => {});
    return next;
  }
}
