import { beforeAll, expect, it } from 'vitest';
import { Account } from '../modules/accounts/account.entity';
import { LogicalServer } from '../modules/servers/logical-server.entity';
import { describeApi } from '../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../test/factories';
import { createTaskServer, enqueueTask, eventually, readTask, systemFork, waitForTask } from '../test/tasks';
import { TaskState } from './task.entity';

const TASK =
  'id kind state subject attempts maxAttempts lastError runAfter createdAt startedAt finishedAt server { id name } account { id name }';
const TASKS = `query($state: TaskState, $serverId: ID, $accountId: ID, $kind: String, $search: String, $first: Int, $after: String) {
  tasks(state: $state, serverId: $serverId, accountId: $accountId, kind: $kind, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${TASK} } } }`;
const TASK_BY_ID = `query($id: ID!) { task(id: $id) { ${TASK} } }`;
const RETRY = `mutation($id: ID!) { retryTask(id: $id) { ${TASK} } }`;
const CANCEL = `mutation($id: ID!) { cancelTask(id: $id) { ${TASK} } }`;

describeApi(
  'Events and processes: the task API',
  (api) => {
    let master: MasterClient;
    let reseller: ResellerAdminClient;
    let customer: EndUserClient;
    let failing = true;
    const failedHookCalls: number[] = [];
    let release: () => void = () => undefined;
    let blockingStarted = false;

    beforeAll(async () => {
      master = await setupMaster(api);
      reseller = await createReseller(master, api);
      customer = await createEndUser(master, api);
      api.services.tasks.register({
        kind: 'test.flaky',
        async run() {
          if (failing) throw new Error('the server said no');
        },
        async failed(job) {
          failedHookCalls.push(job.task.id);
        },
      });
      api.services.tasks.register({
        kind: 'test.blocking',
        run: () => {
          blockingStarted = true;
          return new Promise<void>((resolve) => (release = resolve));
        },
      });
    });

    it('lists tasks newest first, filtered by state, server, account, kind and search, with server and account', async () => {
      const server = await createTaskServer(api, 0); // paused: its tasks stay QUEUED
      const account = await systemFork(api).findOneOrFail(Account, { id: Number(customer.accountIds[0]) });
      const a = await enqueueTask(api, { kind: 'test.listed', server, account, subject: 'database a1_shop' });
      const b = await enqueueTask(api, { kind: 'test.listed', server, subject: 'user a1_admin' });
      const c = await enqueueTask(api, { kind: 'test.other', server, account, subject: 'database a1_blog' });
      expect((await readTask(api, a)).reseller?.id).toBe(Number(master.resellerId)); // defaults to the account's reseller

      const all = (await master.ok(TASKS, { serverId: String(server.id) })).tasks;
      expect(all.totalCount).toBe(3);
      expect(all.nodes.map((t: { id: string }) => Number(t.id))).toEqual([c, b, a]);
      expect(all.nodes[2]).toMatchObject({
        kind: 'test.listed',
        state: 'QUEUED',
        subject: 'database a1_shop',
        attempts: 0,
        lastError: null,
        startedAt: null,
        server: { id: String(server.id), name: server.name },
        account: { id: customer.accountIds[0] },
      });
      const ids = async (vars: Record<string, unknown>) =>
        (await master.ok(TASKS, { serverId: String(server.id), ...vars })).tasks.nodes.map((t: { id: string }) =>
          Number(t.id),
        );
      expect(await ids({ accountId: customer.accountIds[0] })).toEqual([c, a]);
      expect(await ids({ kind: 'test.listed' })).toEqual([b, a]);
      expect(await ids({ search: 'A1_B' })).toEqual([c]);
      expect(await ids({ state: 'DONE' })).toEqual([]);
      const page = (await master.ok(TASKS, { serverId: String(server.id), first: 2 })).tasks;
      expect(page.pageInfo.hasNextPage).toBe(true);
      expect(await ids({ first: 2, after: page.pageInfo.endCursor })).toEqual([a]);
      expect((await master.ok(TASK_BY_ID, { id: String(b) })).task).toMatchObject({
        id: String(b),
        subject: 'user a1_admin',
        account: null,
      });
    });

    it('shows a failed task with its error; retry queues it with fresh attempts and it runs again', async () => {
      failing = true;
      const server = await createTaskServer(api, 1);
      const id = await enqueueTask(api, { kind: 'test.flaky', server, secret: 'kept-for-retry' });
      await waitForTask(api, id, [TaskState.FAILED]);
      const listed = (await master.ok(TASKS, { state: 'FAILED', kind: 'test.flaky' })).tasks.nodes;
      expect(listed).toEqual([
        expect.objectContaining({
          id: String(id),
          state: 'FAILED',
          attempts: 2,
          maxAttempts: 2,
          lastError: 'the server said no',
        }),
      ]);
      expect(failedHookCalls).toEqual([id]);

      // Paused, so that the retried task is seen QUEUED before a worker takes it.
      await systemFork(api).nativeUpdate(LogicalServer, { id: server.id }, { maxTasks: 0 });
      const again = (await master.ok(RETRY, { id: String(id) })).retryTask;
      expect(again).toMatchObject({ state: 'QUEUED', attempts: 0, lastError: 'the server said no', finishedAt: null });
      failing = false;
      await systemFork(api).nativeUpdate(LogicalServer, { id: server.id }, { maxTasks: 1 });
      const done = await waitForTask(api, id, [TaskState.DONE]);
      expect(done).toMatchObject({ attempts: 1, lastError: null, secret: null });

      for (const op of [RETRY, CANCEL]) {
        const err = await master.fails(op, { id: String(id) });
        expect(err.extensions?.code).toBe('CONFLICT');
        expect(err.message).toMatch(/DONE/);
      }
    });

    it('cancels a queued task (failed() marks its resource, the secret is wiped); a cancelled task can be retried', async () => {
      const paused = await createTaskServer(api, 0);
      failedHookCalls.length = 0;
      const id = await enqueueTask(api, { kind: 'test.flaky', server: paused, secret: 's3cret-value' });
      expect((await readTask(api, id)).secret).toMatch(/^v1:/);
      const cancelled = (await master.ok(CANCEL, { id: String(id) })).cancelTask;
      expect(cancelled).toMatchObject({ state: 'CANCELLED' });
      expect(cancelled.finishedAt).not.toBeNull();
      expect(failedHookCalls).toEqual([id]);
      expect((await readTask(api, id)).secret).toBeNull();

      expect((await master.ok(RETRY, { id: String(id) })).retryTask).toMatchObject({ state: 'QUEUED', attempts: 0 });
      expect((await master.ok(CANCEL, { id: String(id) })).cancelTask.state).toBe('CANCELLED');
    });

    it('cancels a FAILED task without calling failed() again', async () => {
      failing = true;
      failedHookCalls.length = 0;
      const id = await enqueueTask(api, { kind: 'test.flaky' });
      await waitForTask(api, id, [TaskState.FAILED]);
      expect(failedHookCalls).toEqual([id]);
      expect((await master.ok(CANCEL, { id: String(id) })).cancelTask.state).toBe('CANCELLED');
      expect(failedHookCalls).toEqual([id]);
    });

    it('refuses to cancel or retry a running task (CONFLICT)', async () => {
      const id = await enqueueTask(api, { kind: 'test.blocking' });
      await waitForTask(api, id, [TaskState.RUNNING]);
      const cancel = await master.fails(CANCEL, { id: String(id) });
      expect(cancel.extensions?.code).toBe('CONFLICT');
      expect(cancel.message).toMatch(/running/);
      expect((await master.fails(RETRY, { id: String(id) })).extensions?.code).toBe('CONFLICT');
      await eventually('the blocking handler to start', () => blockingStarted);
      release();
      await waitForTask(api, id, [TaskState.DONE]);
    });

    it('answers NOT_FOUND for unknown IDs and BAD_USER_INPUT for malformed ones', async () => {
      for (const op of [TASK_BY_ID, RETRY, CANCEL]) {
        expect((await master.fails(op, { id: '999999' })).extensions?.code).toBe('NOT_FOUND');
        expect((await master.fails(op, { id: 'abc' })).extensions?.code).toBe('BAD_USER_INPUT');
      }
      expect((await master.fails(TASKS, { serverId: 'x' })).extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('is for the master admin only: reseller admins and end users are FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
      const id = await enqueueTask(api, { kind: 'test.flaky', server: await createTaskServer(api, 0) });
      for (const client of [reseller, customer]) {
        for (const [op, vars] of [
          [TASKS, {}],
          [TASK_BY_ID, { id: String(id) }],
          [RETRY, { id: String(id) }],
          [CANCEL, { id: String(id) }],
        ] as const) {
          const err = await client.fails(op, vars);
          expect(err.extensions?.code).toBe('FORBIDDEN');
        }
      }
      expect((await api.client().fails(TASKS, {})).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await readTask(api, id)).state).toBe(TaskState.QUEUED); // the refused cancels changed nothing
    });
  },
  { TASK_POLL_MS: '50', TASK_BACKOFF_MS: '20', TASK_MAX_ATTEMPTS: '2' },
);
