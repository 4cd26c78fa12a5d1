import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { knex, type Knex } from '@mikro-orm/knex';
import { requireTool, withTimeout, type ToolStatus } from './tools';

/** Which database this test project runs on (set per vitest project in vitest.config.ts). */
export type TestDialect = 'sqlite' | 'postgres';

export function testDialect(): TestDialect {
  const v = process.env.TEST_DB ?? 'sqlite';
  if (v !== 'sqlite' && v !== 'postgres') throw new Error(`TEST_DB must be sqlite or postgres, not "${v}"`);
  return v;
}

/** The PostgreSQL server the tests use; each test file gets its own database on it. */
export const PG_SERVER_URL = (process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');

function admin(): Knex {
  // Create and drop databases from the maintenance database `postgres`.
  return knex({
    client: 'pg',
    connection: `${PG_SERVER_URL}/postgres`,
    pool: { min: 0, max: 1 },
    acquireConnectionTimeout: 5000,
  });
}

async function withAdmin<T>(fn: (k: Knex) => Promise<T>): Promise<T> {
  const k = admin();
  try {
    return await fn(k);
  } finally {
    await k.destroy();
  }
}

/** Ready when the dialect needs nothing (SQLite) or its server answers (PostgreSQL; see tools.ts for skip vs. fail). */
export function databaseStatus(): Promise<ToolStatus> {
  if (testDialect() === 'sqlite') return Promise.resolve({ ok: true, name: 'SQLite' });
  return requireTool(`PostgreSQL at ${PG_SERVER_URL}`, () =>
    withTimeout(
      withAdmin((k) => k.raw('select 1')),
      5000,
      'PostgreSQL',
    ),
  );
}

export interface TestDatabase {
  /** Settings for loadConfig() that point at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A fresh, empty database: a temp SQLite file, or a new PostgreSQL database dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-test-'));
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  if (testDialect() === 'sqlite') {
    // The default file under DATA_DIR, as a fresh install would use (and the CLI test relies on).
    return { env: { DATA_DIR: dir }, drop: async () => removeDir() };
  }
  const name = `helio_t_${crypto.randomBytes(6).toString('hex')}`;
  await withAdmin((k) => k.raw(`create database "${name}"`));
  return {
    env: { DATA_DIR: dir, DATABASE_URL: `${PG_SERVER_URL}/${name}` },
    drop: async () => {
      await withAdmin((k) => k.raw(`drop database if exists "${name}" with (force)`));
      removeDir();
    },
  };
}
