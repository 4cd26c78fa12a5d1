import fs from 'node:fs';
import path from 'node:path';
import { MikroORM, type EntityClass, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import type { Config } from '../config';
import { AfterCommitSubscriber } from '../events';
import { migrationsFor, type MigrationSet } from './migrations';
import { runWithoutAsyncContext } from './no-async-context';
import { RowChangeSubscriber } from './row-changes';
import { takeTurnsBeforeStatements } from './turns';

export type Dialect = Config['database']['dialect'];

/** The tables the app is made of: every area's entities and migrations (app.ts assembles them). */
export interface Schema {
  entities: readonly EntityClass<object>[];
  /** The core's migrations and every area's own. */
  migrations: readonly MigrationSet[];
}

/**
 * MikroORM options for the configured dialect and the given entities. `migrations: false` leaves
 * the list empty (used to generate the first one).
 */
export async function ormOptionsFor(
  config: Config,
  schema: Schema,
  opts: { migrations?: boolean } = {},
): Promise<Options> {
  const dialect = config.database.dialect;
  const common: Options = {
    entities: [...schema.entities],
    // The event bus's after-commit handlers; the updates and deletes that caches of rows watch.
    subscribers: [new AfterCommitSubscriber(), new RowChangeSubscriber()],
    extensions: [Migrator],
    allowGlobalContext: false,
    forceUtcTimezone: true,
    // Every scoped entity carries its own tenant columns and filter (db/scope.ts), so joining the
    // referenced rows only to re-check their filters adds two joins to every query and proves nothing.
    autoJoinRefsForFilters: false,
    debug: false, // its query log would print every statement with its values (secrets among them)
    // The search indexes (FTS5 tables and their shadow tables, db/search-index.ts; the support area's
    // ticket index and the knowledge base's article index, named here as tables, not imported) are
    // not entities: the migration generator fails on their untyped columns, and would drop them.
    schemaGenerator: {
      skipTables: [/^account_search(_|$)/, /^app_user_search(_|$)/, /^ticket_search(_|$)/, /^kb_article_search(_|$)/],
    },
    migrations: {
      tableName: 'helio_migrations',
      path: path.join(__dirname, 'migrations', dialect),
      pathTs: path.join(__dirname, '..', '..', 'src', 'db', 'migrations', dialect),
      emit: 'ts',
      transactional: true,
      snapshot: false, // migrations are written per dialect and committed; no snapshot files beside them
      // SQLite: each migration in its own transaction, so one that must change foreign-key
      // enforcement (a table rebuild) can opt out of it; `pragma foreign_keys` is ignored inside one.
      allOrNothing: dialect !== 'sqlite',
      silent: config.logLevel === 'silent', // LOG_LEVEL=silent means no output at all
      migrationsList: opts.migrations === false ? [] : migrationsFor(dialect, schema.migrations),
    },
  };
  if (config.database.dialect === 'postgresql') {
    const { PostgreSqlDriver } = await import('@mikro-orm/postgresql');
    return { ...common, driver: PostgreSqlDriver, clientUrl: config.database.url, pool: { min: 0, max: 10 } };
  }
  const file = config.database.file;
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const { BetterSqliteDriver } = await import('@mikro-orm/better-sqlite');
  return { ...common, driver: BetterSqliteDriver, dbName: file };
}

/** Opens the database with the given entities and brings its schema up to date; every start runs pending migrations. */
export async function openOrm(config: Config, schema: Schema): Promise<MikroORM> {
  runWithoutAsyncContext();
  const orm = await MikroORM.init(await ormOptionsFor(config, schema));
  if (config.database.dialect === 'sqlite') {
    const conn = orm.em.getConnection();
    if (config.database.file !== ':memory:') await conn.execute('pragma journal_mode = WAL');
    await conn.execute('pragma busy_timeout = 5000');
    await conn.execute('pragma synchronous = NORMAL');
    takeTurnsBeforeStatements(orm);
  }
  await orm.getMigrator().up();
  return orm;
}
