import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe } from 'vitest';
import { loadConfig, type Config } from '../config';
import { openDatabase } from '../app';
import { createLogger } from '../logger';
import { startServer, type RunningServer } from '../server';
import type { App } from '../app';
import type { Core } from '../module';
import { GqlClient } from './client';
import { createTestDatabase, databaseStatus, testDialect, type TestDatabase } from './db';

/** A real server on a fresh database, for one describe block. Fields are set once beforeAll has run. */
export interface TestApi {
  config: Config;
  /** The settings that point at this block's database (DATA_DIR, DATABASE_URL), for child processes. */
  dbEnv: Record<string, string>;
  /** The server's ORM, for the rare check or time shift the API cannot express (expiring a session). */
  orm: MikroORM;
  /** The running server's core (its task engine among it), e.g. to register a test task handler. */
  services: Core;
  /** The running server's whole assembly: every area's services (`app.areas.get(serversModule)`). */
  app: App;
  port: number;
  /** The HTTPS listener's port, when the block's settings set HTTPS_PORT. */
  httpsPort: number | undefined;
  /** The port of each area listener the block's settings started (e.g. `support-smtp`). */
  listeners: Record<string, number>;
  /** Every line the server logged, as written (JSON); LOG_LEVEL in the block's settings decides how much. */
  logs: string[];
  /** An anonymous client on the default (root reseller) host, or on `host`. */
  client(host?: string, headers?: Record<string, string>): GqlClient;
}

export type EnvOverrides = Record<string, string>;

/** Starts a server on a fresh database before the enclosing describe block's tests; stops it and drops the database after. */
export function useApi(env: EnvOverrides = {}): TestApi {
  let db: TestDatabase | undefined;
  let server: RunningServer | undefined;
  const api = {
    logs: [] as string[],
    client(host?: string, headers: Record<string, string> = {}) {
      return new GqlClient(api.port, host ?? `127.0.0.1:${api.port}`, headers);
    },
  } as TestApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    api.dbEnv = db.env;
    api.config = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', // TEST_LOG_LEVEL=error shows what a 500 hid
      WEB_DIST: `${db.env.DATA_DIR}/no-web`, // API only
      // Tests run the billing run and mail delivery themselves, at the moments they choose.
      BILLING_RUN_MINUTES: '0',
      MAIL_SEND_SECONDS: '0',
      // Test files sign up many customers from one address; signup.test.ts checks the throttle with its own limit.
      SIGNUPS_PER_HOUR: '100000',
      ...db.env,
      ...env,
    });
    api.orm = await openDatabase(api.config);
    // Lines are kept for tests that check what the log holds, and shown when TEST_LOG_LEVEL is set.
    const destination = {
      write: (line: string) => void (api.logs.push(line), process.env.TEST_LOG_LEVEL && process.stdout.write(line)),
    };
    server = await startServer({
      orm: api.orm,
      config: api.config,
      log: createLogger(api.config.logLevel, destination),
    });
    api.port = server.port;
    api.httpsPort = server.httpsPort;
    api.listeners = server.listeners;
    api.services = server.app;
    api.app = server.app;
  });

  afterAll(async () => {
    await server?.close();
    await api.orm?.close(true);
    await db?.drop();
  });

  return api;
}

/**
 * A describe block with its own server and database. When this project's database is unavailable
 * on a developer machine, its tests are skipped with the reason in their name; with CI=true the
 * block fails instead (see test/tools.ts).
 */
export function describeApi(name: string, body: (api: TestApi) => void, env: EnvOverrides = {}): void {
  describe(`${name} (${testDialect()})`, async () => {
    const status = await databaseStatus();
    if (!status.ok) {
      describe.skip(`skipped: ${status.reason}`, () => body({} as TestApi));
      return;
    }
    body(useApi(env));
  });
}
