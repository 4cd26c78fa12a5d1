import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { ormOptions } from '../app';

/*
 * Upgrading a SQLite database that holds data: the migration that adds the BIND and NGINX drivers
 * rebuilds logical_server, and must keep every row that refers to it (ip_address would cascade away
 * if the table were dropped with foreign keys on).
 */
describe('SQLite upgrade to the domains migration', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-upgrade-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps logical servers and their IP addresses, and then accepts the new drivers', async () => {
    const config = loadConfig({ SQLITE_PATH: path.join(dir, 'db.sqlite'), LOG_LEVEL: 'silent' });
    const orm = await MikroORM.init(await ormOptions(config));
    try {
      const migrator = orm.getMigrator();
      await migrator.up({ to: 'Migration20261123150000' });
      const c = orm.em.getConnection();
      await c.execute(
        `insert into physical_server (name, os, address, status, created_at) values ('p', 'LINUX', '192.0.2.1', 'ONLINE', 1)`,
      );
      await c.execute(
        `insert into logical_server (name, kind, physical_id, driver, settings, max_tasks, enabled, created_at) values ('web1', 'WEB', 1, 'FILES', '{}', 2, 1, 1)`,
      );
      await c.execute(
        `insert into ip_address (address, server_id, kind, created_at) values ('192.0.2.80', 1, 'SHARED', 1)`,
      );

      await migrator.up();

      expect(await c.execute('select address, server_id from ip_address')).toEqual([
        { address: '192.0.2.80', server_id: 1 },
      ]);
      expect(await c.execute('pragma foreign_key_check')).toEqual([]);
      expect(await c.execute('pragma foreign_keys')).toEqual([{ foreign_keys: 1 }]);
      await c.execute(
        `insert into logical_server (name, kind, physical_id, driver, settings, max_tasks, enabled, created_at) values ('dns1', 'DNS', 1, 'BIND', '{}', 2, 1, 1)`,
      );
      const refs = (await c.execute(`select sql from sqlite_master where name = 'ip_address'`)) as { sql: string }[];
      expect(refs[0]!.sql).toContain('references `logical_server`');
    } finally {
      await orm.close(true);
    }
  });
});
