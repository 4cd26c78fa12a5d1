import 'reflect-metadata';
import { loadConfig } from '../config';
import { createApp, openDatabase } from '../app';
import { createLogger } from '../logger';
import { markerHandler } from './testing';

/**
 * TEST ONLY: a task worker process for tasks/crash-recovery.test.ts. It runs the real engine on the
 * database its environment names, with the test-only marker handler, and is killed by the test
 * mid-task. TEST_MARKER_BEFORE_MS / TEST_MARKER_AFTER_MS set the handler's pauses.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const orm = await openDatabase(config);
  const services = createApp(config);
  services.tasks.register(
    markerHandler({
      beforeEffectMs: Number(process.env.TEST_MARKER_BEFORE_MS ?? 0),
      afterEffectMs: Number(process.env.TEST_MARKER_AFTER_MS ?? 0),
    }),
  );
  services.tasks.start({ orm, log });
  const keepAlive = setInterval(() => undefined, 60_000); // the engine's own timers do not hold the process
  process.once('SIGTERM', () => {
    clearInterval(keepAlive);
    void services.tasks
      .stop()
      .then(() => orm.close())
      .then(() => process.exit(0));
  });
  process.stdout.write('ready\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
