/* Developer tool: writes the next migration for both dialects from the entity metadata.
 * Needs PostgreSQL reachable (PG_URL, default the local test server). Run from api/:
 *   node dist/cli/migration-create.js [--area <name>]
 * With --area, into that area's folder (src/modules/<name>/migrations/<dialect>/; add the class to the
 * folder's index.ts, and `migrations: { sqlite, postgresql }` to the area's manifest once); without it,
 * into the core's (src/db/migrations/<dialect>/, for a change that spans areas). */
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
    const areaAt = process.argv.indexOf('--area');
    const area = areaAt > 0 ? process.argv[areaAt + 1] : undefined;
    if (area !== undefined) {
      if (!/^[a-z][a-z-]*$/.test(area)) throw new Error(`--area takes an area's folder name, not "${area}"`);
      const folder = path.join(__dirname, '..', '..', 'src', 'modules', area, 'migrations', dialect);
      opts.migrations = { ...opts.migrations, pathTs: folder, path: folder };
    }
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
