import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TaskHandler } from './types';

/**
 * TEST ONLY: the handler the engine's tests (and the crash-recovery child, worker.testing.ts) run.
 * Never registered in production. Its effect is one line `<taskId>` in `<dir>/effects.log`,
 * written idempotently: a re-run after a crash finds the line and adds nothing. Every run also
 * appends `<taskId> <attempt> <pid>` to `<dir>/runs.log`, so a test can see that it ran again.
 */
export const MARKER_KIND = 'test.marker';

export interface MarkerTiming {
  /** Pause after logging the run and before writing the effect (a kill here leaves no effect). */
  beforeEffectMs?: number;
  /** Pause after writing the effect (a kill here leaves the effect, and the task RUNNING). */
  afterEffectMs?: number;
}

export function markerHandler(timing: MarkerTiming = {}): TaskHandler {
  return {
    kind: MARKER_KIND,
    async run(job) {
      const dir = String(job.task.payload.dir);
      fs.appendFileSync(path.join(dir, 'runs.log'), `${job.task.id} ${job.task.attempts} ${process.pid}\n`);
      if (timing.beforeEffectMs) await sleep(timing.beforeEffectMs);
      const effects = path.join(dir, 'effects.log');
      const done = fs.existsSync(effects) && fs.readFileSync(effects, 'utf8').split('\n').includes(String(job.task.id));
      if (!done) fs.appendFileSync(effects, `${job.task.id}\n`);
      if (timing.afterEffectMs) await sleep(timing.afterEffectMs);
    },
  };
}

/** The lines of one of the marker's logs (empty when it does not exist yet). */
export function markerLines(dir: string, log: 'runs' | 'effects'): string[] {
  const file = path.join(dir, `${log}.log`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}
