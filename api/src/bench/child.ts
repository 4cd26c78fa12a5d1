import 'reflect-metadata';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../config';
import { openDatabase } from '../app';
import { createLogger } from '../logger';
import { startServer } from '../server';
import { postgresAnswers, sqliteAnswers } from './answers';
import { startPlainServer } from './plain';
import { startReferenceServer } from './reference';

/**
 * The benchmark's server process: the panel's GraphQL server, the reference server (Apollo with
 * defaults over prepared SQL) and the bare endpoint, on one database (SQLite, or PostgreSQL when
 * DATABASE_URL is set).
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
  const gql = await startServer({ orm, config, log: createLogger('silent') });
  const answers =
    config.database.dialect === 'sqlite' ? sqliteAnswers(config.database.file) : postgresAnswers(config.database.url);
  const port = (s: http.Server) => (s.address() as AddressInfo).port;
  const plain = await startPlainServer(answers, 0);
  const reference = await startReferenceServer(answers, 0);
  process.send!({ gqlPort: gql.port, plainPort: port(plain), referencePort: port(reference) });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
