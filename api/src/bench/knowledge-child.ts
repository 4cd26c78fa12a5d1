import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { startPlainKbServer } from './knowledge-plain';
import { runBenchProcess, startBenchPanel } from './panel-server';

/** The knowledge-base bench's server process: the real GraphQL server and the plain baseline, on one database file. */
runBenchProcess(async () => {
  const { config, server } = await startBenchPanel();
  if (config.database.dialect !== 'sqlite') throw new Error('the bench runs on SQLite');
  const plain = await startPlainKbServer(config.database.file, 0);
  process.send!({ gqlPort: server.port, plainPort: (plain.address() as AddressInfo).port });
});
