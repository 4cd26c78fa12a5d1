import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { filesDirFor } from '../../drivers/files-dir';
import { systemEm } from '../../db/scope';
import { createLogger } from '../../logger';
import { loadJob } from '../../tasks/run-task';
import { Task, TaskState } from '../../tasks/task.entity';
import { describeApi } from '../../test/api';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../../test/factories';
import { Q, setupMysqlServer } from './testing';

/*
 * The handlers run by hand (no worker in this server), to pin down what the engine relies on:
 * a handler run again after a crash (its first run's row changes never committed) ends as one
 * run would, and a handler run after its work is done changes nothing.
 */
describeApi(
  'MySQL task handlers: idempotent, and safe to run late',
  (api) => {
    let master: MasterClient;
    let alice: EndUserClient;
    let dir: string;
    const sql = () =>
      fs.existsSync(path.join(dir, 'applied.sql')) ? fs.readFileSync(path.join(dir, 'applied.sql'), 'utf8') : '';
    const state = () => JSON.parse(fs.readFileSync(path.join(dir, 'state.json'), 'utf8'));
    const count = (text: string, what: string) => text.split(what).length - 1;

    beforeAll(async () => {
      master = await setupMaster(api);
      const { serverName } = await setupMysqlServer(master, 'FILES');
      dir = filesDirFor(api.config, 'mysql', serverName);
      alice = await createEndUser(master, api);
    });

    /** Runs the newest queued task of `kind`; with commit=false its row changes are dropped, as when the worker dies before DONE. */
    async function run(kind: string, opts: { commit?: boolean; taskId?: number } = {}): Promise<number> {
      const em = systemEm(api.orm, 'test set-up: MySQL rows written and read directly, with no viewer');
      const where = opts.taskId ? { id: opts.taskId } : { kind, state: TaskState.QUEUED };
      const task = await em.findOneOrFail(Task, where, { populate: ['secret'], orderBy: { id: 'desc' } });
      const job = await loadJob(
        em,
        task,
        { config: api.config, log: createLogger('silent'), secrets: api.services.secrets },
        new AbortController().signal,
      );
      await api.services.tasks.handler(task.kind)!.run(job);
      if (opts.commit !== false) {
        task.state = TaskState.DONE;
        task.secret = null;
        await em.flush();
      }
      return task.id;
    }

    const dbRow = async () => (await alice.ok(Q.databases, {})).mysqlDatabases[0];
    const userRow = async () => (await alice.ok(Q.users, {})).mysqlUsers[0];

    it('createDatabase: crash and rerun, then a late rerun, leave one database and an ACTIVE row', async () => {
      const db = (await alice.ok(Q.createDatabase, { i: { name: 'shop' } })).createMysqlDatabase;
      // Still QUEUED (no worker): deleting it now would race its creation, so it is refused.
      expect((await alice.fails(Q.deleteDatabase, { id: db.id })).extensions?.code).toBe('CONFLICT');

      await run('mysql.createDatabase', { commit: false });
      expect((await dbRow()).state).toBe('QUEUED');
      const id = await run('mysql.createDatabase');
      expect((await dbRow()).state).toBe('ACTIVE');
      const after = { sql: sql(), state: state() };
      expect(count(after.sql, 'CREATE DATABASE')).toBe(1);
      await run('mysql.createDatabase', { taskId: id });
      expect({ sql: sql(), state: state() }).toEqual(after);
      expect((await dbRow()).state).toBe('ACTIVE');
    });

    it('createUser: run twice, one login; setPassword is refused until it exists', async () => {
      const user = (await alice.ok(Q.createUser, { i: { name: 'app', password: 'first password' } })).createMysqlUser;
      expect((await alice.fails(Q.setPassword, { id: user.id, p: 'second password' })).extensions?.code).toBe(
        'CONFLICT',
      );
      await run('mysql.createUser', { commit: false });
      const id = await run('mysql.createUser');
      expect((await userRow()).state).toBe('ACTIVE');
      expect(count(sql(), 'CREATE USER')).toBe(1);
      await run('mysql.createUser', { taskId: id });
      expect(count(sql(), 'CREATE USER')).toBe(1);
      expect(state().users[user.name]).toEqual({ locked: false });
    });

    it('a grant queued before its login exists waits (fails to be retried), then applies once', async () => {
      const db = await dbRow();
      const user = (await alice.ok(Q.createUser, { i: { name: 'late', password: 'first password' } })).createMysqlUser;
      await alice.ok(Q.grant, { u: user.id, d: db.id });
      await expect(run('mysql.grant', { commit: false })).rejects.toThrow(
        `waiting for MySQL user ${user.name} to be created`,
      );
      expect(sql()).not.toContain(`TO '${user.name}'`);
      await run('mysql.createUser');
      await run('mysql.grant', { commit: false });
      await run('mysql.grant');
      expect(count(sql(), `TO '${user.name}'@'%'`)).toBe(1);
      expect(state().grants).toEqual([`${user.name} ${db.name}`]);
    });

    it('setPassword: an older request does not overwrite a newer one', async () => {
      const user = (await alice.ok(Q.users, {})).mysqlUsers.find((u: { name: string }) => u.name.endsWith('_app'));
      await alice.ok(Q.setPassword, { id: user.id, p: 'second password' });
      await alice.ok(Q.setPassword, { id: user.id, p: 'third password' });
      const em = systemEm(api.orm, 'test set-up: MySQL rows written and read directly, with no viewer');
      const [older, newer] = await em.find(
        Task,
        { kind: 'mysql.setPassword', state: TaskState.QUEUED },
        { orderBy: { id: 'asc' } },
      );
      const before = count(sql(), 'IDENTIFIED BY');
      await run('', { taskId: newer!.id });
      await run('', { taskId: older!.id });
      expect(count(sql(), 'IDENTIFIED BY')).toBe(before + 1); // only the newer one was applied
    });

    it('dropDatabase run twice: dropped once, its grants revoked, the row and its grants gone', async () => {
      const db = await dbRow();
      await alice.ok(Q.deleteDatabase, { id: db.id });
      await run('mysql.dropDatabase', { commit: false });
      expect((await dbRow())?.state).toBe('DELETING');
      const id = await run('mysql.dropDatabase');
      expect(await dbRow()).toBeUndefined();
      await run('mysql.dropDatabase', { taskId: id });
      expect(count(sql(), 'DROP DATABASE')).toBe(1);
      expect(state().databases).toEqual({});
      expect(state().grants).toEqual([]);
      expect(
        (await alice.ok(Q.users, {})).mysqlUsers.every((u: { databases: unknown[] }) => u.databases.length === 0),
      ).toBe(true);
    });

    it('a create cancelled, its row deleted, then retried by an admin: it does nothing', async () => {
      const db = (await alice.ok(Q.createDatabase, { i: { name: 'gone' } })).createMysqlDatabase;
      const task = await lastTask('mysql.createDatabase');
      await master.ok(`mutation($id: ID!) { cancelTask(id: $id) { state } }`, { id: task.id });
      const row = (await alice.ok(Q.databases, {})).mysqlDatabases.find((d: { id: string }) => d.id === db.id);
      expect(row.state).toBe('FAILED'); // the handler's failed() hook
      await alice.ok(Q.deleteDatabase, { id: db.id });
      await run('mysql.dropDatabase');
      await master.ok(`mutation($id: ID!) { retryTask(id: $id) { state } }`, { id: task.id });
      await run('', { taskId: task.id });
      expect(sql()).not.toContain(db.name);
      expect(state().databases[db.name]).toBeUndefined();
    });

    it('a login still queued when its account is suspended is created locked; lock and unlock follow the account, in any order', async () => {
      const user = (await alice.ok(Q.createUser, { i: { name: 'racer', password: 'first password' } })).createMysqlUser;
      await master.ok(Q.suspend, { id: alice.accountIds[0] });
      await run('mysql.lockAccount'); // the login is not there yet: skipped
      expect(state().users[user.name]).toBeUndefined();
      await run('mysql.createUser');
      expect(state().users[user.name]).toEqual({ locked: true });
      expect((await alice.ok(Q.users, {})).mysqlUsers.find((u: { id: string }) => u.id === user.id).state).toBe(
        'SUSPENDED',
      );

      // Suspend and resume again quickly; the lock task runs last, after the account is already back in service.
      await master.ok(Q.resume, { id: alice.accountIds[0] });
      await master.ok(Q.suspend, { id: alice.accountIds[0] });
      await master.ok(Q.resume, { id: alice.accountIds[0] });
      const em = systemEm(api.orm, 'test set-up: MySQL rows written and read directly, with no viewer');
      const queued = await em.find(
        Task,
        { kind: { $in: ['mysql.lockAccount', 'mysql.unlockAccount'] }, state: TaskState.QUEUED },
        { orderBy: { id: 'desc' } },
      );
      expect(queued.map((t) => t.kind)).toEqual(['mysql.unlockAccount', 'mysql.lockAccount', 'mysql.unlockAccount']);
      for (const t of queued) await run('', { taskId: t.id }); // newest first: the worst order
      expect(Object.values(state().users).every((u) => !(u as { locked: boolean }).locked)).toBe(true);
      expect((await alice.ok(Q.users, {})).mysqlUsers.every((u: { state: string }) => u.state === 'ACTIVE')).toBe(true);
    });

    async function lastTask(kind: string): Promise<Task> {
      const em = systemEm(api.orm, 'test set-up: MySQL rows written and read directly, with no viewer');
      return em.findOneOrFail(Task, { kind }, { orderBy: { id: 'desc' } });
    }
  },
  { WORKER: 'false' },
);
