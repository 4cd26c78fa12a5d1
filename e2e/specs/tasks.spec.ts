import { beforeAll, describe, expect, it } from 'vitest';
import type { Layout } from '../pages/layout.page';
import { signIn } from '../pages/login.page';
import { TasksPage } from '../pages/tasks.page';
import { createEndUser, setupMasterAdmin, type MasterAdmin, type SeededUser } from '../support/api';
import { createMysqlDatabase, seedMysqlServer } from '../support/cluster';
import { useE2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { textOf } from '../support/tid';

/** A port on loopback where nothing listens: every attempt fails at once with "connection refused". */
const DEAD_PORT = 9;

describe.skipIf(skipReason)('events and processes: a failing task, retried and cancelled', () => {
  // Two attempts: the task fails for good within a second, so the test waits for no long backoff.
  const e2e = useE2E({ env: { TASK_MAX_ATTEMPTS: '2', TASK_BACKOFF_MS: '200' } });
  let admin: MasterAdmin;
  let customer: SeededUser;
  let s: Session;
  let layout: Layout;
  let tasks: TasksPage;
  let taskId: string;
  let dbId: string;

  const apiTask = async () =>
    (
      await admin.client.request<{ task: { state: string; attempts: number; lastError: string | null } }>(
        `query ($id: ID!) { task(id: $id) { state attempts lastError } }`,
        { id: taskId },
      )
    ).task;
  const apiDatabaseState = async () =>
    (
      await admin.client.request<{ mysqlDatabases: { id: string; state: string }[] }>(
        `query ($accountId: ID) { mysqlDatabases(accountId: $accountId) { id state } }`,
        {
          accountId: customer.accounts[0].id,
        },
      )
    ).mysqlDatabases.find((d) => d.id === dbId)?.state;

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    await seedMysqlServer(admin.client, { name: 'mysql-down', port: DEAD_PORT });
    customer = await createEndUser(admin.client, { login: 'unlucky' });
    dbId = (await createMysqlDatabase(admin.client, { accountId: customer.accounts[0].id, name: 'doomed' })).id;
    s = await e2e.newSession();
    layout = await signIn(s.page, admin);
    tasks = new TasksPage(s.page);
  });

  it('follows the task until it has failed, with its last error', async () => {
    await layout.navigate('tasks');
    await tasks.filterAccount(customer.accounts[0].id);
    await expect.poll(async () => (await tasks.tasks()).length, { timeout: 10_000 }).toBe(1);
    taskId = (await tasks.tasks())[0].id;
    // The page polls while the task is queued or running: it turns FAILED without a reload.
    await expect.poll(async () => (await tasks.tasks())[0]?.state, { timeout: 15_000 }).toBe('FAILED');
    expect(await textOf(tasks.row(taskId).locator('[data-test-id="task-attempts"]'))).toMatch(/^2\b.*\b2$/);
    expect(await textOf(tasks.row(taskId).locator('[data-test-id="task-error"]'))).not.toBe('');
    expect((await apiTask()).state).toBe('FAILED');
    await e2e.screenshot(s.page, 'tasks-failed');
  });

  it('retries it: queued again with fresh attempts, and failed again', async () => {
    await tasks.retry(taskId);
    await expect.poll(async () => (await apiTask()).state, { timeout: 15_000 }).toBe('FAILED');
    await expect.poll(async () => (await tasks.tasks())[0]?.state, { timeout: 15_000 }).toBe('FAILED');
    expect((await apiTask()).attempts).toBe(2);
  });

  it('cancels it, and the database it was creating is marked failed', async () => {
    await tasks.cancel(taskId);
    await expect.poll(async () => (await tasks.tasks())[0]?.state, { timeout: 10_000 }).toBe('CANCELLED');
    expect((await apiTask()).state).toBe('CANCELLED');
    expect(await apiDatabaseState()).toBe('FAILED');
    // A cancelled task can be retried, not cancelled again.
    await tasks.row(taskId).locator('[data-test-id="task-retry"]').waitFor();
    expect(await tasks.row(taskId).locator('[data-test-id="task-cancel"]').count()).toBe(0);

    await tasks.filterState('CANCELLED');
    await expect.poll(async () => (await tasks.tasks()).map((t) => t.id), { timeout: 10_000 }).toEqual([taskId]);
    await tasks.filterState('DONE');
    await expect.poll(() => tasks.tasks(), { timeout: 10_000 }).toEqual([]);
  });
});
