import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { tid } from '../support/tid';

export type TaskState = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED' | 'CANCELLED';

export interface TaskRow {
  id: string;
  kind: string;
  subject: string;
  state: TaskState;
}

/** Events and processes (/admin/tasks): every task, with state, server and account filters. */
export class TasksPage {
  readonly root: Locator;
  readonly rows: Locator;
  readonly stateFilter: Locator;
  readonly serverFilter: Locator;
  readonly accountFilter: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-tasks'));
    this.rows = page.locator(tid('task-row'));
    this.stateFilter = page.locator(tid('tasks-state'));
    this.serverFilter = page.locator(tid('tasks-server'));
    this.accountFilter = page.locator(tid('tasks-account'));
  }

  async filterState(state: TaskState | 'ALL'): Promise<void> {
    if (state === 'ALL') await this.stateFilter.selectOption({ index: 0 });
    else await this.stateFilter.selectOption(state);
  }

  async filterAccount(accountId: string): Promise<void> {
    await this.accountFilter.fill(accountId);
    await this.accountFilter.press('Enter');
  }

  /** The tasks shown, as their rows say. */
  async tasks(): Promise<TaskRow[]> {
    return this.rows.evaluateAll((rows) =>
      rows.map((r) => ({
        id: r.getAttribute('data-task-id') ?? '',
        kind: r.getAttribute('data-kind') ?? '',
        subject: r.getAttribute('data-subject') ?? '',
        state: (r.getAttribute('data-state') ?? '') as TaskState,
      })),
    );
  }

  row(taskId: string): Locator {
    return this.page.locator(`${tid('task-row')}[data-task-id="${taskId}"]`);
  }

  async retry(taskId: string): Promise<void> {
    await afterMutation(this.page, 'retryTask', () => this.row(taskId).locator(tid('task-retry')).click());
  }

  async cancel(taskId: string): Promise<void> {
    await afterMutation(this.page, 'cancelTask', () => this.row(taskId).locator(tid('task-cancel')).click());
  }
}
