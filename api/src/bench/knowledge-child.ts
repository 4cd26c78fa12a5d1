import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../config';
import { openDatabase } from '../app';
import { createLogger } from '../logger';
import { startServer } from '../server';
import { startPlainKbServer } from './knowledge-plain';

/** The knowledge-base bench's server process: the real GraphQL server and the plain baseline, on one database file. */
async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
  });
  if (config.database.dialect !== 'sqlite') throw new Error('the bench runs on SQLite');
  const orm = await openDatabase(config);
  const gql = await startServer({ orm, config, log: createLogger('silent') });
  const plain = await startPlainKbServer(config.database.file, 0);
  process.send!({ gqlPort: gql.port, plainPort: (plain.address() as AddressInfo).port });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
