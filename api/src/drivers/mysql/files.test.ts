import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FilesMysqlDriver } from './files';
import { UnsafeInputError } from './names';

describe('files MySQL driver', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-mysql-files-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  let n = 0;
  const fresh = () => new FilesMysqlDriver(path.join(root, `server${++n}`));
  const read = (file: string) => fs.readFileSync(file, 'utf8');

  it('writes the SQL the MariaDB driver would run, with the password redacted', async () => {
    const d = fresh();
    const password = "s3cret'; DROP USER root; --";
    await d.createDatabase('a7_shop', 'utf8mb4');
    await d.createUser('a7_app', password);
    await d.grant('a7_app', 'a7_shop');
    await d.setPassword('a7_app', 'another-secret');
    await d.lockUser('a7_app');
    await d.unlockUser('a7_app');
    await d.revoke('a7_app', 'a7_shop');
    await d.dropUser('a7_app');
    await d.dropDatabase('a7_shop');
    const statements = read(d.sqlFile)
      .split('\n')
      .filter((l) => l && !l.startsWith('--'));
    expect(statements).toEqual([
      'CREATE DATABASE IF NOT EXISTS `a7_shop` CHARACTER SET utf8mb4;',
      "CREATE USER IF NOT EXISTS 'a7_app'@'%' IDENTIFIED BY '[redacted]';",
      "GRANT ALL PRIVILEGES ON `a7\\_shop`.* TO 'a7_app'@'%';",
      "ALTER USER 'a7_app'@'%' IDENTIFIED BY '[redacted]';",
      "ALTER USER IF EXISTS 'a7_app'@'%' ACCOUNT LOCK;",
      "ALTER USER IF EXISTS 'a7_app'@'%' ACCOUNT UNLOCK;",
      "REVOKE ALL PRIVILEGES ON `a7\\_shop`.* FROM 'a7_app'@'%';",
      "DROP USER IF EXISTS 'a7_app'@'%';",
      'DROP DATABASE IF EXISTS `a7_shop`;',
    ]);
    const everything = fs
      .readdirSync(d.dir)
      .map((f) => read(path.join(d.dir, f)))
      .join('\n');
    expect(everything).not.toContain('s3cret');
    expect(everything).not.toContain('another-secret');
    expect(JSON.parse(read(d.stateFile))).toEqual({ databases: {}, users: {}, grants: [] });
  });

  it('a repeated call writes nothing new (idempotent like the real driver)', async () => {
    const d = fresh();
    const once = async () => {
      await d.createDatabase('a7_shop', 'latin1');
      await d.createUser('a7_app', 'password-one');
      await d.grant('a7_app', 'a7_shop');
      await d.lockUser('a7_app');
    };
    await once();
    const sql = read(d.sqlFile);
    const state = read(d.stateFile);
    await once();
    expect(read(d.sqlFile)).toBe(sql);
    expect(read(d.stateFile)).toBe(state);
    expect(JSON.parse(state)).toEqual({
      databases: { a7_shop: { charset: 'latin1' } },
      users: { a7_app: { locked: true } },
      grants: ['a7_app a7_shop'],
    });
    // It holds no data, so it measures nothing: the panel keeps what it knew (null) rather than a made-up 0.
    expect(await d.sizes(['a7_shop', 'a7_gone'])).toEqual(new Map());
  });

  it('dropping a database revokes its grants first; dropping a login drops its grants', async () => {
    const d = fresh();
    await d.createDatabase('a7_one', 'utf8mb4');
    await d.createDatabase('a7_two', 'utf8mb4');
    await d.createUser('a7_app', 'password-one');
    await d.grant('a7_app', 'a7_one');
    await d.grant('a7_app', 'a7_two');
    await d.dropDatabase('a7_one');
    expect(read(d.sqlFile)).toContain(
      "REVOKE ALL PRIVILEGES ON `a7\\_one`.* FROM 'a7_app'@'%';\nDROP DATABASE IF EXISTS `a7_one`;",
    );
    await d.dropUser('a7_app');
    expect(JSON.parse(read(d.stateFile)).grants).toEqual([]);
  });

  it('moves a database and a login to another files server (no data, no password: the rows and the lock)', async () => {
    const [from, to] = [fresh(), fresh()];
    await from.createDatabase('a8_shop', 'latin1');
    await from.createUser('a8_app', 'some-secret');
    const login = await from.exportLogin('a8_app');
    expect(login).toEqual({ name: 'a8_app', plugin: 'files', hash: '', locked: false });
    expect(await from.exportLogin('a8_none')).toBeNull();
    await to.importLogin({ ...login!, locked: true });
    await to.importLogin({ ...login!, locked: true }); // a rerun changes nothing
    await from.copyDatabaseTo(to, 'a8_shop', 'latin1');
    await to.grant('a8_app', 'a8_shop');
    const state = JSON.parse(read(to.stateFile));
    expect(state).toEqual({
      databases: { a8_shop: { charset: 'latin1' } },
      users: { a8_app: { locked: true } },
      grants: ['a8_app a8_shop'],
    });
    await expect(from.copyDatabaseTo(to, 'a8_gone', 'utf8mb4')).rejects.toThrow(/does not exist/);
  });

  it('fails like the server would: grant to a missing login, password of a missing login', async () => {
    const d = fresh();
    await d.createDatabase('a7_shop', 'utf8mb4');
    await expect(d.grant('a7_nobody', 'a7_shop')).rejects.toThrow(/does not exist/);
    await expect(d.setPassword('a7_nobody', 'password-one')).rejects.toThrow(/does not exist/);
  });

  it('serialises concurrent calls on one server: every one is recorded', async () => {
    const d = fresh();
    const names = Array.from({ length: 40 }, (_, i) => `a7_db${i}`);
    await Promise.all(names.map((name) => d.createDatabase(name, 'utf8mb4')));
    expect(Object.keys(JSON.parse(read(d.stateFile)).databases).sort()).toEqual([...names].sort());
    expect(read(d.sqlFile).match(/CREATE DATABASE/g)).toHaveLength(40);
  });

  it('refuses names the panel could not have made, and writes nothing', async () => {
    const d = fresh();
    for (const bad of ['mysql', 'a7_x`; DROP DATABASE mysql; --', "a7_x'", 'a7_X', '../a7_x']) {
      await expect(d.createDatabase(bad, 'utf8mb4')).rejects.toBeInstanceOf(UnsafeInputError);
      await expect(d.createUser(bad, 'password-one')).rejects.toBeInstanceOf(UnsafeInputError);
    }
    expect(fs.existsSync(d.dir)).toBe(false);
  });
});
