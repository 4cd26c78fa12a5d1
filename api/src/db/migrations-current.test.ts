import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { openDatabase } from '../app';
import { loadConfig } from '../config';
import { createTestDatabase, testDialect, type TestDatabase } from '../test/db';

/*
 * The committed migrations build the schema the entities describe: moving an entity or a relation
 * between areas must not change a table, a column, a foreign key or an index unnoticed. What the
 * schema generator would still change is snapshotted, not asserted empty: on SQLite it rebuilds
 * tables whose checks it cannot compare, and on PostgreSQL the trigram search indexes are made by
 * a migration by hand (db/search-index.ts), not from entity metadata.
 */
describe(`migrations match the entities (${testDialect()})`, () => {
  let db: TestDatabase;
  let orm: MikroORM;
  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await openDatabase(loadConfig({ ...db.env, LOG_LEVEL: 'silent' }));
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  it('a database migrated to the newest migration differs from the entities only as it always did', async () => {
    const sql = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false });
    expect(sql.trim()).toMatchSnapshot();
  });
});
