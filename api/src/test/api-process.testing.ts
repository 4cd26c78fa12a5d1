import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../app';
import { createLogger } from '../logger';
import { startServer } from '../server';
import { markerHandler } from '../tasks/testing';

/**
 * TEST ONLY: one API process (server and worker) as main.ts starts it, on the database and Redis its
 * environment names, with the test-only marker task handler (tasks/testing.ts) so a test can see
 * which process ran which task. Prints `ready <port>` once it serves; SIGTERM stops it.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const orm = await openDatabase(config);
  const server = await startServer({ orm, config, log });
  server.app.tasks.register(markerHandler({ beforeEffectMs: Number(process.env.TEST_MARKER_BEFORE_MS ?? 0) }));
  process.once('SIGTERM', () => {
    void server
      .close()
      .then(() => orm.close())
      .then(() => process.exit(0));
  });
  process.stdout.write(`ready ${server.port}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
