import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../config';
import { createApp, openDatabase } from '../app';
import { systemEm, unscoped } from '../db/scope';
import { createLogger } from '../logger';
import { DriverName, ServerKind, ServerOs, LogicalServer, PhysicalServer } from '../modules/servers';
import { Task, TaskState } from '../tasks/task.entity';
import type { Figure } from './figure';

/** The task-engine figure of `npm run bench`: queued files-style tasks drained by the in-process worker. */
export interface TaskBenchResult {
  name: string;
  tasks: number;
  seconds: number;
  tasksPerSecond: number;
  concurrency: number;
  servers: number;
  maxTasksPerServer: number;
  database: 'sqlite';
}

const SERVERS = 4;
const MAX_TASKS = 2; // the LogicalServer default

/**
 * Queues `count` tasks over four FILES servers (maxTasks 2 each), then starts the worker and times
 * it until every task is DONE. Each task writes one config file idempotently (temp file + rename),
 * as the files driver does, so the figure includes real file work, the claim, the lease and the
 * outcome write of every task.
 */
export async function benchTasks(count = Number(process.env.BENCH_TASKS ?? 2000)): Promise<TaskBenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-bench-tasks-'));
  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', NODE_ENV: 'production', TASK_POLL_MS: '1000' });
  const orm = await openDatabase(config);
  try {
    const services = createApp(config);
    const out = path.join(dir, 'files');
    services.tasks.register({
      kind: 'bench.writeFile',
      async run(job) {
        const file = path.join(out, String(job.server!.id), `${job.task.id}.conf`);
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        await fs.promises.writeFile(
          `${file}.tmp`,
          `# task ${job.task.id}\nserver_name ${String(job.task.payload.host)};\n`,
        );
        await fs.promises.rename(`${file}.tmp`, file);
      },
    });

    const em = systemEm(orm, 'the bench creates servers and tasks outside any request');
    const physical = em.create(PhysicalServer, { name: 'bench-box', os: ServerOs.LINUX, address: '127.0.0.1' });
    const servers = Array.from({ length: SERVERS }, (_, i) =>
      em.create(LogicalServer, {
        name: `bench-files-${i}`,
        kind: ServerKind.WEB,
        physical,
        driver: DriverName.FILES,
        maxTasks: MAX_TASKS,
      }),
    );
    for (let i = 0; i < count; i++) {
      services.tasks.enqueue(em, {
        kind: 'bench.writeFile',
        payload: { host: `site${i}.bench.test` },
        server: servers[i % SERVERS],
        subject: `vhost site${i}`,
      });
    }
    await em.flush();

    const started = Date.now();
    services.tasks.start({ orm, log: createLogger('silent') });
    // Polled slowly so the bench does not compete with the worker; the end is the last task's finished_at.
    const check = () =>
      orm.em.fork({ clear: true }).find(
        Task,
        { state: { $ne: TaskState.DONE } },
        {
          fields: ['id'],
          limit: 1,
          ...unscoped('the bench polls for tasks the worker has yet to finish, whoever’s'),
        },
      );
    while ((await check()).length > 0) await sleep(200);
    await services.tasks.stop();
    const last = await orm.em
      .fork()
      .findOneOrFail(
        Task,
        { state: TaskState.DONE },
        { orderBy: { finishedAt: 'desc' }, ...unscoped('the bench reads the last finished task’s time, whoever’s') },
      );
    const seconds = (last.finishedAt!.getTime() - started) / 1000;

    const written = servers.reduce((n, s) => n + fs.readdirSync(path.join(out, String(s.id))).length, 0);
    if (written !== count) throw new Error(`task bench: ${written} files written for ${count} tasks`);
    return {
      name: `task engine: ${count} queued file tasks drained`,
      tasks: count,
      seconds,
      tasksPerSecond: count / seconds,
      concurrency: config.tasks.concurrency,
      servers: SERVERS,
      maxTasksPerServer: MAX_TASKS,
      database: 'sqlite',
    };
  } finally {
    await orm.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function formatTaskBench(r: TaskBenchResult): string {
  return (
    `Task engine: ${r.tasks} queued file tasks drained in ${r.seconds.toFixed(2)} s = ${r.tasksPerSecond.toFixed(0)} tasks/s ` +
    `(SQLite, WORKER_CONCURRENCY ${r.concurrency}, ${r.servers} FILES servers × maxTasks ${r.maxTasksPerServer})`
  );
}

/** Issue 21's target for the drain. */
export const TASKS_GOAL_PER_SECOND = 500;

/** The drain as a figure of `npm run bench` (printed with its table line); no baseline: the target is absolute. */
export async function runTasksBench(): Promise<Figure[]> {
  const r = await benchTasks();
  console.log(formatTaskBench(r));
  return [
    {
      name: 'task engine drain (files driver)',
      value: Math.round(r.tasksPerSecond),
      unit: 'tasks/s',
      baseline: null,
      ratio: null,
      goal: `≥ ${TASKS_GOAL_PER_SECOND} tasks/s`,
      met: r.tasksPerSecond >= TASKS_GOAL_PER_SECOND,
    },
  ];
}

// `node api/dist/bench/tasks.js`: this figure alone.
if (require.main === module) {
  runTasksBench()
    .then((f) => console.log(JSON.stringify(f)))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
