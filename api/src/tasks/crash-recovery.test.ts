import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { describeApi, type TestApi } from '../test/api';
import { enqueueTask, eventually, readTask, tempDir, waitForTask } from '../test/tasks';
import { TaskState } from './task.entity';
import { MARKER_KIND, markerLines } from './testing';

// The built worker (worker.testing.js), run as a real process. Test helpers stay out of dist/: the
// development build (dist-dev/, `npm run build:dev -w api`) has them, and `npm test -w api` makes it first.
const WORKER = path.resolve(__dirname, '..', '..', 'dist-dev', 'tasks', 'worker.testing.js');
const SLOW = { timeout: 90_000 };

interface Child {
  process: ChildProcess;
  exited: Promise<number | null>;
}

/** Starts a worker process on the test database; resolves once it is running. */
async function startWorker(api: TestApi, pauses: { before?: number; after?: number }): Promise<Child> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...api.dbEnv,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    TASK_LEASE_SECONDS: '2',
    TASK_POLL_MS: '50',
    TEST_MARKER_BEFORE_MS: String(pauses.before ?? 0),
    TEST_MARKER_AFTER_MS: String(pauses.after ?? 0),
  };
  if (!api.dbEnv.DATABASE_URL) delete env.DATABASE_URL;
  delete env.SQLITE_PATH;
  delete env.WORKER;
  delete env.REDIS_URL;
  const child = spawn(process.execPath, [WORKER], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => c.toString().includes('ready') && resolve());
    void exited.then((code) => reject(new Error(`test worker exited with ${code}: ${stderr}`)));
  });
  return { process: child, exited };
}

const children: Child[] = [];
const dirs: string[] = [];

// The server itself runs no worker: only the child processes do.
describeApi(
  'task engine: crash recovery with a real worker process',
  (api) => {
    beforeAll(() => {
      if (!fs.existsSync(WORKER))
        throw new Error(`${WORKER} is missing: run \`npm run build:dev -w api\` (npm test -w api does it first)`);
    });
    afterEach(async () => {
      for (const c of children.splice(0)) {
        c.process.kill('SIGKILL');
        await c.exited;
      }
      for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    });

    async function killMidTask(pauses: { before?: number; after?: number }, dir: string, id: number): Promise<number> {
      const first = await startWorker(api, pauses);
      children.push(first);
      // Wait for the step the pause follows: the run line (pause before the effect) or the effect
      // itself (pause after it). The two are written back to back, and a kill between them would
      // test the other case.
      const reached = pauses.before ? 'runs' : 'effects';
      await eventually('the first worker to reach its pause', () => markerLines(dir, reached).length === 1, 30_000);
      first.process.kill('SIGKILL');
      await first.exited;
      const task = await readTask(api, id);
      expect(task).toMatchObject({ state: TaskState.RUNNING, attempts: 1 });
      expect(task.leaseOwner).toContain(`:${first.process.pid}:`);
      return first.process.pid!;
    }

    it('a task killed before its effect is run again by the next worker and takes effect once', SLOW, async () => {
      const dir = tempDir();
      dirs.push(dir);
      const id = await enqueueTask(api, { kind: MARKER_KIND, payload: { dir } });
      await killMidTask({ before: 60_000 }, dir, id);
      expect(markerLines(dir, 'effects')).toEqual([]);

      const second = await startWorker(api, {});
      children.push(second);
      const done = await waitForTask(api, id, [TaskState.DONE], 30_000);
      expect(done.attempts).toBe(2);
      expect(markerLines(dir, 'effects')).toEqual([String(id)]);
      expect(markerLines(dir, 'runs')).toEqual([
        expect.stringMatching(new RegExp(`^${id} 1 `)),
        `${id} 2 ${second.process.pid}`,
      ]);
    });

    it(
      'a task killed after its effect but before DONE is run again and converges: still exactly one effect',
      SLOW,
      async () => {
        const dir = tempDir();
        dirs.push(dir);
        const id = await enqueueTask(api, { kind: MARKER_KIND, payload: { dir } });
        await killMidTask({ after: 60_000 }, dir, id);
        expect(markerLines(dir, 'effects')).toEqual([String(id)]); // the effect happened, the DONE did not

        const second = await startWorker(api, {});
        children.push(second);
        const done = await waitForTask(api, id, [TaskState.DONE], 30_000);
        expect(done.attempts).toBe(2);
        expect(markerLines(dir, 'runs')).toHaveLength(2);
        expect(markerLines(dir, 'effects')).toEqual([String(id)]);
      },
    );
  },
  { WORKER: 'false' },
);
