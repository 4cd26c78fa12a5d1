import { expect, it } from 'vitest';
import { describeApi } from '../test/api';
import { preparedAll } from './prepared';
import { systemEm } from './scope';
import { SLICE_MS } from './turns';

/**
 * Many statements started at once (what a list does when each item loads its own row) must not hold
 * the event loop until the last one ends: on SQLite each resolves in a microtask, so without the
 * turns taken before statements (db/turns.ts) an immediate queued when they start runs only after
 * all of them. On PostgreSQL the loop turns while each statement is out on the network.
 */
describeApi('turns between statements (db/turns.ts)', (api) => {
  const em = () => systemEm(api.orm, 'test: many reads at once');

  /** Runs `start` (which starts all its statements synchronously) and says how they and the loop's turns interleaved. */
  async function whileStatementsRun(start: () => Promise<unknown>[]) {
    let turns = 0;
    let settled = 0;
    let settledAtFirstTurn = -1;
    const t0 = performance.now();
    let ticking = true;
    const tick = () => {
      if (!ticking) return;
      turns++;
      if (settledAtFirstTurn < 0) settledAtFirstTurn = settled;
      setImmediate(tick);
    };
    setImmediate(tick);
    const all = start().map((p) => p.then(() => settled++));
    await Promise.all(all);
    ticking = false;
    return { ms: performance.now() - t0, turns, total: all.length, settledAtFirstTurn };
  }

  it('ORM reads started together let the loop turn while they run', async () => {
    const run = await whileStatementsRun(() =>
      Array.from({ length: 400 }, (_, i) =>
        em()
          .fork()
          .findOne('User', { login: `nobody-${i}` }),
      ),
    );
    // The work took many slices; the loop turned before the last read was done, and more than once.
    expect(run.ms).toBeGreaterThan(3 * SLICE_MS);
    expect(run.settledAtFirstTurn).toBeLessThan(run.total);
    expect(run.turns).toBeGreaterThan(2);
  });

  it('prepared reads started together let the loop turn while they run', async () => {
    // A read that costs something: a count over a small join, different each time.
    const sql = 'select count(*) as n from app_user u join account a on a.owner_id = u.id where u.login <> ?';
    let run = await whileStatementsRun(() => Array.from({ length: 3000 }, (_, i) => preparedAll(em(), sql, [`x${i}`])));
    // On a fast machine 3,000 of them may fit in a few slices: then ask for more.
    if (run.ms < 3 * SLICE_MS)
      run = await whileStatementsRun(() => Array.from({ length: 30_000 }, (_, i) => preparedAll(em(), sql, [`x${i}`])));
    expect(run.ms).toBeGreaterThan(3 * SLICE_MS);
    expect(run.settledAtFirstTurn).toBeLessThan(run.total);
    expect(run.turns).toBeGreaterThan(2);
  });
});
