import { expect, it } from 'vitest';
import { ormOptions } from './app';
import { createLogger } from './logger';
import { User } from './modules/identity/user.entity';
import { sql } from './modules/billing/testing';
import { PAY } from './modules/payments/testing';
import { describeApi } from './test/api';
import { setupMaster } from './test/factories';

const NAME = 'Acme name-7f3k9q-marker';
const STRIPE_KEY = 'sk_live_51Hq7secretvalue9z';
/** What a statement or its values look like in a log line: SQL, table names, a sealed credential (secrets.ts: v1:<base64>). */
const STATEMENT = /insert into|select [`"]?\w|payment_gateway|app_user|v1:[A-Za-z0-9+/]{16}/i;

/** Every key anywhere in a parsed log line. */
const keysOf = (v: unknown): string[] =>
  v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => [k, ...keysOf(x)]) : [];

describeApi(
  'logs hold no statement, no parameter and no secret of a failed query',
  (api) => {
    it('an internal error while saving gateway credentials logs the database code and reason, not the statement or the sealed credentials', async () => {
      const master = await setupMaster(api);
      // The database refuses every new gateway row, as it would a broken one: the error comes from the real insert.
      if (api.config.database.dialect === 'sqlite') {
        await sql(
          api.orm,
          `create trigger refuse_gateway before insert on payment_gateway begin select raise(abort, 'refused by the test trigger'); end`,
        );
      } else {
        await sql(
          api.orm,
          `create function refuse_gateway() returns trigger language plpgsql as $$ begin raise exception 'refused by the test trigger'; end $$`,
        );
        await sql(
          api.orm,
          `create trigger refuse_gateway before insert on payment_gateway for each row execute function refuse_gateway()`,
        );
      }
      api.logs.length = 0;
      const err = await master.fails(PAY.create, {
        i: { kind: 'STRIPE', name: NAME, currencies: ['USD'], secretKey: STRIPE_KEY },
      });
      expect(err).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });

      const text = api.logs.join('');
      const logged = api.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'unexpected error');
      // Still useful: which database error it was.
      expect(logged?.err?.message).toMatch(/^(SQLITE_CONSTRAINT_TRIGGER|P0001): refused by the test trigger$/);
      expect(text).not.toContain(NAME);
      expect(text).not.toContain(STRIPE_KEY);
      expect(text).not.toMatch(STATEMENT);
      expect(
        api.logs
          .flatMap((l) => keysOf(JSON.parse(l)))
          .filter((k) => ['sql', 'params', 'parameters', 'bindings', 'detail'].includes(k)),
      ).toEqual([]);
    });

    it('a database error with a value in its statement (a NUL in a login) is logged by code, also as a cause or as text', async () => {
      const lines: string[] = [];
      const log = createLogger('info', { write: (l: string) => void lines.push(l) });
      const login = `sk_live_${'9'.repeat(12)}x\u0000y`;
      const dbError = await api.orm.em
        .fork()
        .findOne(User, { login }, { filters: false })
        .then(
          () => null,
          (e: Error) => e,
        );
      expect(dbError, 'both databases refuse a NUL written into a statement').toBeInstanceOf(Error);
      expect(dbError!.message).toContain('sk_live_'); // the statement, with the value, is in the error itself

      log.error({ err: dbError }, 'unexpected error');
      log.error({ err: new Error('billing run: account not billed', { cause: dbError }) }, 'wrapped');
      log.info({ err: dbError!.message }, 'as text');
      log.error(dbError!, 'as the object itself');

      const text = lines.join('');
      expect(lines).toHaveLength(4);
      expect(text).not.toContain('sk_live_');
      expect(text).not.toMatch(STATEMENT);
      const [first, wrapped, asText, itself] = lines.map((l) => JSON.parse(l));
      expect(first.err.message).toMatch(/^(SQLITE_ERROR: unrecognized token|\w+: [a-z ]+)$/);
      expect(first.err.stack).toMatch(/^\w+Exception: \w+: [a-z ]+\n\s+at /);
      expect(wrapped.err.message).toBe('billing run: account not billed');
      expect(wrapped.err.cause.message).toBe(first.err.message);
      expect(asText.err).toBe(first.err.message.replace(/^\w+:/, 'database error:'));
      expect(itself.err.message).toBe(first.err.message);
    });

    it('MikroORM logs no statements (its debug log would print them with their values)', async () => {
      expect((await ormOptions(api.config)).debug).toBe(false);
    });
  },
  { LOG_LEVEL: 'error' },
);
