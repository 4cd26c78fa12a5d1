import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import { loadConfig, type Config } from '../config';
import { openDatabase } from '../app';
import { createLogger } from '../logger';
import { startServer, type RunningServer } from '../server';

/**
 * The panel as a bench's server process runs it: its configuration from the environment (the
 * database, Redis, data directory the parent chose), on a free loopback port, silent, in production
 * mode; the database opened and the server (with its worker) started.
 */
export async function startBenchPanel(): Promise<{ config: Config; orm: MikroORM; server: RunningServer }> {
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
  });
  const orm = await openDatabase(config);
  const server = await startServer({ orm, config, log: createLogger('silent') });
  return { config, orm, server };
}

/** Runs a bench server process's main, exiting with its error when it fails to start. */
export function runBenchProcess(main: () => Promise<void>): void {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
