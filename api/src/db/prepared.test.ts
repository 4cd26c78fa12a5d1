import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../test/api';
import { createEndUser, createReseller, setupMaster, type EndUserClient } from '../test/factories';
import { boolOf, dateOf, intOf, preparedAll, preparedGet } from './prepared';
import { isPostgres } from './raw-sql';
import { systemEm } from './scope';

describeApi('prepared statements (db/prepared.ts)', (api) => {
  let user: EndUserClient;

  beforeAll(async () => {
    const master = await setupMaster(api);
    const admin = await createReseller(master, api);
    user = await createEndUser(admin, api, { accounts: 2 });
  });

  const em = () => systemEm(api.orm, 'test: prepared statements read any company’s rows');

  it('binds values of every kind (text that looks like SQL or a placeholder, Dates, booleans) and reads them back', async () => {
    const later = new Date(Date.now() + 60_000);
    const sql =
      'select id, created_at, suspended_for_debt from account where owner_id = ? and created_at < ? and suspended_for_debt = ? order by id';
    const rows = await preparedAll<{ id: unknown; created_at: unknown; suspended_for_debt: unknown }>(em(), sql, [
      Number(user.userId),
      later,
      false,
    ]);
    expect(rows.map((r) => String(intOf(r.id)))).toEqual(user.accountIds);
    expect(rows.every((r) => boolOf(r.suspended_for_debt) === false)).toBe(true);
    expect(rows.every((r) => dateOf(r.created_at)!.getTime() <= Date.now())).toBe(true);
    // The same text again (the prepared statement reused) with other values.
    expect(await preparedAll(em(), sql, [Number(user.userId), new Date(0), false])).toEqual([]);
    // A value is never SQL: quotes, placeholders and comments are only text.
    expect(await preparedAll(em(), 'select id from account where name = ?', ["x' or '1'='1 -- ?"])).toEqual([]);
    const count = await preparedGet<{ n: unknown }>(em(), 'select count(*) as n from account where owner_id = ?', [
      Number(user.userId),
    ]);
    expect(intOf(count!.n)).toBe(2);
  });

  it('runs in the transaction of the EntityManager it is given, and sees its uncommitted writes', async () => {
    const sql = 'select name from account where id = ?';
    const id = Number(user.accountIds[0]);
    await em()
      .transactional(async (trx) => {
        await trx
          .getConnection()
          .execute(
            'update account set name = ? where id = ?',
            ['renamed inside', id],
            'run',
            trx.getTransactionContext(),
          );
        expect(await preparedGet(trx, sql, [id])).toEqual({ name: 'renamed inside' });
        throw new Error('roll back');
      })
      .catch((err: Error) => expect(err.message).toBe('roll back'));
    expect(await preparedGet(em(), sql, [id])).toEqual({ name: `${user.login} main` });
  });

  it('plans per call when asked (PostgreSQL: the unnamed statement, never a named one), with the values still bound', async () => {
    const sql = 'select count(*) as n from account where owner_id = ? and lower(name) like ?';
    const owner = Number(user.userId);
    await em().transactional(async (trx) => {
      for (let i = 0; i < 7; i++) {
        // More calls than PostgreSQL's five before it would switch a named statement to a generic plan.
        const row = await preparedGet<{ n: unknown }>(trx, sql, [owner, '%main%'], { planPerCall: true });
        expect(intOf(row!.n)).toBe(1);
      }
      expect(
        intOf((await preparedGet<{ n: unknown }>(trx, sql, [owner, "%' or '1'='1"], { planPerCall: true }))!.n),
      ).toBe(0);
      if (isPostgres(trx)) {
        // The transaction holds one connection: it has no named statement of this text.
        const named = await preparedGet<{ n: unknown }>(
          trx,
          'select count(*) as n from pg_prepared_statements where statement = ?',
          ['select count(*) as n from account where owner_id = $1 and lower(name) like $2'],
        );
        expect(intOf(named!.n)).toBe(0);
        // Without the option the same text is a named statement there: the check above can see one.
        await preparedGet(trx, sql, [owner, '%main%']);
        const again = await preparedGet<{ n: unknown }>(
          trx,
          'select count(*) as n from pg_prepared_statements where statement = ?',
          ['select count(*) as n from account where owner_id = $1 and lower(name) like $2'],
        );
        expect(intOf(again!.n)).toBe(1);
      }
    });
  });
});
