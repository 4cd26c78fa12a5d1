import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { PeriodicJob, type PeriodicDeps } from './periodic';

// The job's run gets the engine's deps; these runs use none of them.
const deps = { log: createLogger('silent') } as PeriodicDeps;

describe('PeriodicJob: the timer behind TaskService.every', () => {
  it('never overlaps itself when a run outlasts the interval, and keeps running after a failure', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    const job = new PeriodicJob(
      'test.slow',
      5,
      async () => {
        runs++;
        active++;
        most = Math.max(most, active);
        await sleep(30);
        active--;
        if (runs === 1) throw new Error('first run fails');
      },
      deps,
    );
    job.start();
    for (const until = Date.now() + 5000; runs < 4 && Date.now() < until;) await sleep(10);
    await job.stop();
    expect(runs).toBeGreaterThanOrEqual(4); // the failed first run did not end the job
    expect(most).toBe(1);
  });

  it('stop() waits for the run under way, and none starts after it', async () => {
    let runs = 0;
    let finished = 0;
    const job = new PeriodicJob(
      'test.stop',
      1,
      async () => {
        runs++;
        await sleep(50);
        finished++;
      },
      deps,
    );
    job.start();
    await sleep(20); // the first run is under way
    await job.stop();
    expect({ runs, finished }).toEqual({ runs: 1, finished: 1 });
    await sleep(30);
    expect(runs).toBe(1);
  });

  it('its timer does not keep the process alive', () => {
    const job = new PeriodicJob('test.unref', 60_000, async () => {}, deps);
    job.start();
    const timer = (job as unknown as { timer: NodeJS.Timeout }).timer;
    expect(timer.hasRef()).toBe(false);
    void job.stop();
  });
});
