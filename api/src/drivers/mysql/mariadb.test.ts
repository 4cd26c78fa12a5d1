import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MariadbDriver } from './mariadb';
import { UnsafeInputError } from './names';
import {
  connectAs,
  dropAccountLeftovers,
  loginResult,
  mariadbStatus,
  randomShortName,
  rootConnection,
  TEST_MARIADB,
  unusedAccountNumber,
} from './testing';

const ACCOUNT_LOCKED = 'ACCOUNT_LOCKED';
const ACCESS_DENIED = 'ACCESS_DENIED';

describe('MariaDB driver against a real server', async () => {
  const status = await mariadbStatus();
  if (!status.ok) {
    it.skip(`skipped: ${status.reason}`, () => {});
    return;
  }

  // Names under an account number no other run uses; afterAll drops exactly those.
  const n = unusedAccountNumber();
  const name = (short = randomShortName()) => `a${n}_${short}`;
  let driver: MariadbDriver;

  beforeAll(() => {
    driver = new MariadbDriver({ ...TEST_MARIADB, userHost: '%' });
  });
  afterAll(async () => {
    await driver?.close();
    await dropAccountLeftovers(n);
  });

  async function databaseExists(db: string): Promise<boolean> {
    const root = await rootConnection();
    try {
      const [rows] = await root.query<any[]>(
        'SELECT DEFAULT_CHARACTER_SET_NAME AS cs FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
        [db],
      );
      return rows.length > 0;
    } finally {
      await root.end();
    }
  }

  it('creates a database and a login that can work in it; every step may run twice', async () => {
    const db = name();
    const user = name();
    const password = 'pw-' + randomShortName();
    for (let i = 0; i < 2; i++) {
      await driver.createDatabase(db, 'utf8mb4');
      await driver.createUser(user, password);
      await driver.grant(user, db);
    }
    const root = await rootConnection();
    const [[schema]] = await root.query<any[]>(
      'SELECT DEFAULT_CHARACTER_SET_NAME AS cs FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
      [db],
    );
    await root.end();
    expect(schema.cs).toBe('utf8mb4');

    const conn = await connectAs(user, password, db);
    await conn.query('CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(100))');
    await conn.query('INSERT INTO t VALUES (1, ?)', ['x'.repeat(100)]);
    await conn.end();
    const sizes = await driver.sizes([db, name()]);
    expect(sizes.get(db)).toBeGreaterThan(0);
    expect(sizes.size).toBe(1); // a database that does not exist is absent

    expect(await loginResult(user, password + 'x')).toBe(ACCESS_DENIED);
    // The login sees only its own database.
    const c2 = await connectAs(user, password);
    const [dbs] = await c2.query<any[]>('SHOW DATABASES');
    await c2.end();
    expect(dbs.map((r) => r.Database).filter((d: string) => d !== 'information_schema')).toEqual([db]);

    for (let i = 0; i < 2; i++) await driver.dropDatabase(db);
    expect(await databaseExists(db)).toBe(false);
    for (let i = 0; i < 2; i++) await driver.dropUser(user);
    expect(await loginResult(user, password)).toBe(ACCESS_DENIED);
  });

  it('sizes are what the disk holds now, not InnoDB statistics that lag behind', async () => {
    const db = name();
    await driver.createDatabase(db, 'utf8mb4');
    expect(await driver.sizes([db])).toEqual(new Map([[db, 0]]));
    const root = await rootConnection();
    try {
      await root.query(`USE ${db}`); // seq_1_to_N (MariaDB's sequence engine) needs a current database
      await root.query('CREATE TABLE orders (id INT PRIMARY KEY, note VARCHAR(300)) ENGINE=InnoDB');
      await root.query('CREATE TABLE log (line VARCHAR(300)) ENGINE=Aria');
      const empty = (await driver.sizes([db])).get(db)!;
      await root.query(`INSERT INTO orders SELECT seq, REPEAT('x', 300) FROM seq_1_to_20000`);
      await root.query(`INSERT INTO log SELECT REPEAT('y', 300) FROM seq_1_to_2000`);
      // Right away: the statistics still say one 16 KiB page for the InnoDB table (a recalculation
      // comes after 10 % of its rows changed, in the background); the files already hold ~6 MB.
      const grown = (await driver.sizes([db])).get(db)!;
      expect(grown - empty).toBeGreaterThan(6_000_000);

      // A login without PROCESS cannot read the tablespaces: the statistics are the figure (never an error).
      const reader = name();
      await root.query('CREATE USER ?@? IDENTIFIED BY ?', [reader, '%', 'reader-password']);
      await root.query(`GRANT SELECT ON ${db}.* TO ?@?`, [reader, '%']);
      const limited = new MariadbDriver({ ...TEST_MARIADB, user: reader, password: 'reader-password', userHost: '%' });
      try {
        const figure = (await limited.sizes([db])).get(db)!;
        expect(figure).toBeGreaterThan(0);
        expect(figure).toBeLessThanOrEqual(grown);
      } finally {
        await limited.close();
      }
    } finally {
      await root.end();
    }
    await driver.dropDatabase(db);
  });

  it('lock refuses the login and ends its open connections; unlock lets it in again', async () => {
    const user = name();
    const password = 'lock-me-' + randomShortName();
    await driver.createUser(user, password);
    const open = await connectAs(user, password);
    open.on('error', () => {}); // the kill arrives as a connection error

    for (let i = 0; i < 2; i++) await driver.lockUser(user);
    expect(await loginResult(user, password)).toBe(ACCOUNT_LOCKED);
    await expect(open.query('SELECT 1')).rejects.toThrow();

    for (let i = 0; i < 2; i++) await driver.unlockUser(user);
    expect(await loginResult(user, password)).toBe('OK');
    await driver.dropUser(user);
    await driver.lockUser(user); // a missing login is not an error: the account may have lost it meanwhile
  });

  it('stores a password of quotes, semicolons and backslashes literally', async () => {
    const user = name();
    const db = name();
    const password = `x'; DROP DATABASE ${db}; -- \\' " \` \\\\ %_ ${'$'}{x} ;`;
    await driver.createDatabase(db, 'latin1');
    await driver.createUser(user, password);
    expect(await loginResult(user, password)).toBe('OK');
    expect(await loginResult(user, password.replace(/\\/g, ''))).toBe(ACCESS_DENIED);
    expect(await databaseExists(db)).toBe(true); // nothing else ran

    const next = `"new"'pass';\\`;
    await driver.setPassword(user, next);
    expect(await loginResult(user, password)).toBe(ACCESS_DENIED);
    expect(await loginResult(user, next)).toBe('OK');
  });

  it('a grant covers its own database only: "_" in the name is no wildcard', async () => {
    const user = name();
    const password = 'grant-' + randomShortName();
    const base = randomShortName('g');
    const granted = name(`${base}_x`);
    const lookalike = name(`${base}ax`); // matches "<base>_x" if "_" were a wildcard
    await driver.createDatabase(granted, 'utf8mb4');
    await driver.createDatabase(lookalike, 'utf8mb4');
    await driver.createUser(user, password);
    await driver.grant(user, granted);

    expect(await loginResult(user, password, granted)).toBe('OK');
    expect(await loginResult(user, password, lookalike)).toBe('DB_ACCESS_DENIED');

    for (let i = 0; i < 2; i++) await driver.revoke(user, granted);
    expect(await loginResult(user, password, granted)).toBe('DB_ACCESS_DENIED');
  });

  it('dropping a database revokes its grants, so a new database of the same name is not open to old logins', async () => {
    const user = name();
    const db = name();
    const password = 'drop-' + randomShortName();
    await driver.createDatabase(db, 'utf8mb4');
    await driver.createUser(user, password);
    await driver.grant(user, db);
    await driver.dropDatabase(db);
    await driver.createDatabase(db, 'utf8mb4');
    expect(await loginResult(user, password, db)).toBe('DB_ACCESS_DENIED');
  });

  it('granting to a missing login fails and does not create it', async () => {
    const user = name();
    const db = name();
    await driver.createDatabase(db, 'utf8mb4');
    await expect(driver.grant(user, db)).rejects.toThrow(/does not exist/);
    const root = await rootConnection();
    const [rows] = await root.query<any[]>('SELECT 1 FROM mysql.user WHERE User = ?', [user]);
    await root.end();
    expect(rows).toEqual([]);
  });
});

describe('MariaDB driver refuses names the panel could not have made, before any SQL', () => {
  // Port 1 answers nothing: had the driver sent SQL, the error would be a connection error, not UnsafeInputError.
  const driver = new MariadbDriver({ host: '127.0.0.1', port: 1, user: 'root', password: '', userHost: '%' });
  afterAll(() => driver.close());

  const bad = [
    'mysql',
    'information_schema',
    'root',
    '',
    'a1_',
    'a0_x',
    'a01_x',
    'A1_x',
    'a1_X',
    'a1_1x',
    'a1__x'.replace('__', '_-'),
    'a1_x`; DROP DATABASE mysql; --',
    "a1_x'",
    'a1_x%',
    'a1_x\\',
    'a1_x y',
    'a1_x\u0000',
    `a1_${'x'.repeat(17)}`,
    'a123456789012345_x',
    'a1_é',
  ];

  it.each(bad)('refuses %j', async (n) => {
    for (const call of [
      () => driver.createDatabase(n, 'utf8mb4'),
      () => driver.dropDatabase(n),
      () => driver.createUser(n, 'secret-password'),
      () => driver.setPassword(n, 'secret-password'),
      () => driver.dropUser(n),
      () => driver.grant(n, 'a1_ok'),
      () => driver.grant('a1_ok', n),
      () => driver.revoke('a1_ok', n),
      () => driver.lockUser(n),
      () => driver.unlockUser(n),
      () => driver.sizes(['a1_ok', n]),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(UnsafeInputError);
    }
  });

  it('refuses charsets outside the list and empty passwords', async () => {
    await expect(driver.createDatabase('a1_ok', 'utf8mb4 COLLATE x; DROP DATABASE y')).rejects.toBeInstanceOf(
      UnsafeInputError,
    );
    await expect(driver.createUser('a1_ok', '')).rejects.toBeInstanceOf(UnsafeInputError);
  });

  it('refuses a user host that needs quoting', () => {
    expect(() => new MariadbDriver({ host: '127.0.0.1', port: 1, user: 'root', password: '', userHost: "%'" })).toThrow(
      UnsafeInputError,
    );
  });
});
