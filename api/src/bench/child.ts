import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postgresAnswers, sqliteAnswers } from './answers';
import { runBenchProcess, startBenchPanel } from './panel-server';
import { startPlainServer } from './plain';
import { startReferenceServer } from './reference';

/**
 * The benchmark's server process: the panel's GraphQL server, the reference server (Apollo with
 * defaults over prepared SQL) and the bare endpoint, on one database (SQLite, or PostgreSQL when
 * DATABASE_URL is set).
 */
runBenchProcess(async () => {
  const { config, server } = await startBenchPanel();
  const answers =
    config.database.dialect === 'sqlite' ? sqliteAnswers(config.database.file) : postgresAnswers(config.database.url);
  const port = (s: http.Server) => (s.address() as AddressInfo).port;
  const plain = await startPlainServer(answers, 0);
  const reference = await startReferenceServer(answers, 0);
  process.send!({ gqlPort: server.port, plainPort: port(plain), referencePort: port(reference) });
});
