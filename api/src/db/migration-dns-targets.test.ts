import { MikroORM } from '@mikro-orm/core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { Task } from '../tasks/task.entity';
import { createTestDatabase, databaseStatus, testDialect, type TestDatabase } from '../test/db';
import { undoubled } from './migrations/repair-doubled-targets';
import { migrations, ormOptions } from '../app';

const REPAIR = 'Migration20261204170436';
const OLD_SERIAL = 2026010100;

/*
 * Upgrading a database that holds targets typed before issue 14 (mx0.example.com on example.com was
 * stored as mx0.example.com.example.com): the data migration restores the meant names, on each dialect.
 */
describe(`upgrade: targets with the zone written twice are repaired (${testDialect()})`, async () => {
  const status = await databaseStatus();
  if (!status.ok) {
    it.skip(`skipped: ${status.reason}`, () => {});
    return;
  }
  let db: TestDatabase | undefined;
  afterAll(async () => db?.drop());

  it('rewrites doubled CNAME, MX, SRV targets of users, drops one that would repeat a record, and queues a render of each changed zone', async () => {
    db = await createTestDatabase();
    const dialect = testDialect() === 'postgres' ? 'postgresql' : 'sqlite';
    const orm = await MikroORM.init(await ormOptions(loadConfig({ ...db.env, LOG_LEVEL: 'silent' })));
    try {
      const names = migrations(dialect).map((m) => m.name);
      const migrator = orm.getMigrator();
      await migrator.up({ to: names[names.indexOf(REPAIR) - 1] });
      const c = orm.em.getConnection();
      const now = dialect === 'sqlite' ? '1' : 'now()';
      const yes = dialect === 'sqlite' ? '1' : 'true';
      await c.execute(`insert into reseller (name, created_at) values ('root', ${now})`);
      await c.execute(
        `insert into app_user (reseller_id, login, email, password_hash, role, created_at) values (1, 'u', 'u@example.net', 'x', 'END_USER', ${now})`,
      );
      await c.execute(`insert into account (reseller_id, owner_id, name, created_at) values (1, 1, 'a', ${now})`);
      await c.execute(
        `insert into physical_server (name, os, address, created_at) values ('p', 'LINUX', '192.0.2.1', ${now})`,
      );
      await c.execute(
        `insert into logical_server (name, kind, physical_id, driver, settings, created_at) values ('dns1', 'DNS', 1, 'FILES', '{}', ${now})`,
      );
      const zone = (name: string, account: string, state: string) =>
        c.execute(
          `insert into zone (reseller_id, account_id, name, primary_id, serial, state, created_at, changed_at) values (1, ${account}, '${name}', 1, ${OLD_SERIAL}, '${state}', ${now}, ${now})`,
        );
      await zone('example.com', '1', 'ACTIVE'); // 1
      await zone('svc-host.com', 'null', 'ACTIVE'); // 2: a service zone, shared by third-level names
      await zone('gone.com', '1', 'DELETING'); // 3
      await zone('calm.com', '1', 'ACTIVE'); // 4
      await c.execute(
        `insert into domain (reseller_id, account_id, kind, name, zone_id, created_at) values (1, 1, 'OWN', 'example.com', 1, ${now})`,
      );
      await c.execute(
        `insert into domain (reseller_id, account_id, kind, name, zone_id, created_at) values (1, 1, 'THIRD_LEVEL', 'shop.svc-host.com', 2, ${now})`,
      );
      const records: [
        zone: number,
        domain: string,
        name: string,
        type: string,
        value: string,
        priority: string,
        managed?: boolean,
      ][] = [
        [1, '1', '@', 'MX', 'mx0.example.com.example.com', '10'], // 1 → mx0.example.com
        [1, '1', 'docs', 'CNAME', 'example.com.example.com', 'null'], // 2 → example.com
        [1, '1', '_sip._tcp', 'SRV', 'sip.example.com.example.com', '5'], // 3 → sip.example.com
        [1, '1', 'sub', 'NS', 'ns1.other.net.example.com', 'null'], // 4: not doubled, kept
        [1, '1', '@', 'MX', 'mail.example.com', '20'], // 5: fine already
        [1, '1', '@', 'TXT', 'x.example.com.example.com', 'null'], // 6: text, not a name
        [1, '1', '@', 'MX', 'dup.example.com', '30'], // 7
        [1, '1', '@', 'MX', 'dup.example.com.example.com', '30'], // 8: would repeat 7, dropped
        [1, 'null', '@', 'NS', 'ns1.example.com.example.com', 'null', true], // 9: the panel's own, not touched
        [2, '2', 'shop', 'MX', 'mail.shop.svc-host.com.shop.svc-host.com', '10'], // 10 → mail.shop.svc-host.com
        [3, '1', 'www', 'CNAME', 'a.gone.com.gone.com', 'null'], // 11 → a.gone.com (zone being deleted: no render)
        [4, '1', '@', 'MX', 'mail.calm.com', '10'], // 12
      ];
      for (const [z, domain, name, type, value, priority, managed] of records) {
        const srv = type === 'SRV' ? ['1', '5060'] : ['null', 'null'];
        await c.execute(
          `insert into resource_record (reseller_id, account_id, zone_id, domain_id, name, type, ttl, value, priority, weight, port, managed, created_at)
           values (1, 1, ${z}, ${domain}, '${name}', '${type}', 3600, '${value}', ${priority}, ${srv[0]}, ${srv[1]}, ${managed ? yes : `not ${yes}`}, ${now})`,
        );
      }

      await migrator.up();

      const after = (await c.execute('select id, value from resource_record order by id')) as {
        id: number;
        value: string;
      }[];
      expect(after.map((r) => [Number(r.id), r.value])).toEqual([
        [1, 'mx0.example.com'],
        [2, 'example.com'],
        [3, 'sip.example.com'],
        [4, 'ns1.other.net.example.com'],
        [5, 'mail.example.com'],
        [6, 'x.example.com.example.com'],
        [7, 'dup.example.com'],
        [9, 'ns1.example.com.example.com'],
        [10, 'mail.shop.svc-host.com'],
        [11, 'a.gone.com'],
        [12, 'mail.calm.com'],
      ]);
      const serials = (await c.execute('select id, serial from zone order by id')) as { id: number; serial: number }[];
      const [example, svc, gone, calm] = serials.map((z) => Number(z.serial));
      expect(example).toBeGreaterThan(OLD_SERIAL);
      expect(svc).toBeGreaterThan(OLD_SERIAL);
      expect([gone, calm]).toEqual([OLD_SERIAL, OLD_SERIAL]);

      // The tasks read back through the ORM as the worker will read them (dates and JSON in each dialect's form).
      const tasks = await orm.em
        .fork()
        .find(Task, {}, { filters: false, orderBy: { id: 'asc' }, populate: ['server'] });
      expect(
        tasks.map((t) => ({
          kind: t.kind,
          state: t.state,
          payload: t.payload,
          server: t.server?.id,
          subject: t.subject,
        })),
      ).toEqual([
        {
          kind: 'dns.putZone',
          state: 'QUEUED',
          payload: { zoneId: 1, name: 'example.com' },
          server: 1,
          subject: 'zone example.com',
        },
        {
          kind: 'dns.putZone',
          state: 'QUEUED',
          payload: { zoneId: 2, name: 'svc-host.com' },
          server: 1,
          subject: 'zone svc-host.com',
        },
      ]);
      for (const t of tasks) expect(Math.abs(t.runAfter.getTime() - Date.now())).toBeLessThan(60_000);
    } finally {
      await orm.close(true);
    }
  });

  it('knows a doubled name only at the end, whole labels, either name given', () => {
    expect(undoubled('mx0.example.com.example.com', ['example.com'])).toBe('mx0.example.com');
    expect(undoubled('example.com.example.com', [null, 'example.com'])).toBe('example.com');
    expect(undoubled('mx0.myexample.com.example.com', ['example.com'])).toBeNull();
    expect(undoubled('example.com', ['example.com'])).toBeNull();
    expect(undoubled('a.shop.svc.com.shop.svc.com', ['shop.svc.com', 'svc.com'])).toBe('a.shop.svc.com');
  });
});
