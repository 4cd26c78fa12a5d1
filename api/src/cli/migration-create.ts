/* Developer tool: writes the next migration for both dialects from the entity metadata.
 * Needs PostgreSQL reachable (PG_URL, default the local test server). Run from api/: node dist/cli/migration-create.js */
import { MikroORM } from '@mikro-orm/core';
import { loadConfig } from '../config';
import { ormOptions } from '../app';
import os from 'node:os';
import path from 'node:path';

async function run(): Promise<void> {
  const pgUrl = process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432/helio_migrations_scratch';
  for (const dialect of ['sqlite', 'postgresql'] as const) {
    const env =
      dialect === 'postgresql'
        ? { DATABASE_URL: pgUrl }
        : { SQLITE_PATH: path.join(os.tmpdir(), `helio-mig-${process.pid}.sqlite`) };
    const config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
    const initial = process.argv.includes('--initial');
    const opts = await ormOptions(config, { migrations: !initial });
    const orm = await MikroORM.init(opts);
    const migrator = orm.getMigrator();
    if (!initial) await migrator.up();
    const result = await migrator.createMigration(undefined, false, initial);
    console.log(dialect, result.fileName || '(no changes)');
    await orm.close(true);
  }
}

run().catch((err) => {
  console.error(err);
  process.exit(1);
});
