import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../app';
import { createLogger } from '../logger';
import { startServer } from '../server';

/**
 * One API process of the processes group (processes.ts): the panel's server and its worker, as
 * main.ts starts them, on the database and Redis its environment names. Tells its parent its port.
 */
async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
  });
  const orm = await openDatabase(config);
  const server = await startServer({ orm, config, log: createLogger('silent') });
  process.once('SIGTERM', () => {
    void server
      .close()
      .then(() => orm.close())
      .then(() => process.exit(0));
  });
  process.send!({ port: server.port });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
