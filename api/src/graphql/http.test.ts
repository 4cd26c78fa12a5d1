import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../test/api';
import type { RawResponse } from '../test/client';
import { createEndUser, setupMaster, type MasterClient } from '../test/factories';

const JSON_TYPE = { 'content-type': 'application/json' };
const USER_COUNT = `{ users { totalCount } }`;

/** No answer ever carries a stack trace or SQL. */
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(
    /stacktrace|\bat .+:\d+:\d+|node_modules|select |insert |update |delete from|sqlite|postgres/i,
  );
}

function errorsOf(res: RawResponse): { message: string; extensions?: { code?: string } }[] {
  return JSON.parse(res.text).errors;
}

/** A selection nested `levels` deep through viewer → user → accounts → owner → accounts …. */
function deepQuery(levels: number): string {
  const path = Array.from({ length: levels }, (_, i) => (i % 2 === 0 ? 'owner' : 'accounts'));
  return `{ viewer { user { accounts { ${path.map((f) => `${f} { `).join('')}id${' }'.repeat(levels)} } } } }`;
}

describeApi('HTTP hardening and query limits', (api) => {
  let master: MasterClient;
  let usersBefore: number;

  beforeAll(async () => {
    master = await setupMaster(api);
    await createEndUser(master, api);
    usersBefore = (await master.ok(USER_COUNT)).users.totalCount;
  });

  it('a malformed JSON body is HTTP 400 BAD_REQUEST', async () => {
    const res = await master.request('POST', '/graphql', '{"query": "{ viewer { role } }"', JSON_TYPE);
    expect(res.status).toBe(400);
    expect(errorsOf(res)[0]!.extensions?.code).toBe('BAD_REQUEST');
    expectNoInternals(res.text);
  });

  it('a body that is not a GraphQL request is HTTP 400', async () => {
    for (const body of ['[]', '"just a string"', '{"query": 42}', '{}']) {
      const res = await master.request('POST', '/graphql', body, JSON_TYPE);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expectNoInternals(res.text);
    }
  });

  it('an operationName that names no operation (GraphiQL sends "" for an anonymous one) is HTTP 400, never a 500', async () => {
    for (const operationName of ['', 'Missing']) {
      const res = await master.request(
        'POST',
        '/graphql',
        JSON.stringify({ query: '{ viewer { role } }', operationName }),
        JSON_TYPE,
      );
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text).errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
    }
  });

  it('CSRF prevention: a text/plain POST and a GET without a preflight header are refused with 400', async () => {
    const mutation = JSON.stringify({
      query: `mutation { createUser(input: { login: "csrf1", email: "c@x.test", password: "long-enough-1", accountName: "c" }) { id } }`,
    });
    const plain = await master.request('POST', '/graphql', mutation, { 'content-type': 'text/plain' });
    const form = await master.request('POST', '/graphql', `query=${encodeURIComponent('{ users { totalCount } }')}`, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    const get = await master.request('GET', `/graphql?query=${encodeURIComponent(USER_COUNT)}`);
    for (const res of [plain, form, get]) {
      expect(res.status).toBe(400);
      expect(errorsOf(res)).toEqual([{ message: expect.stringMatching(/CSRF/), extensions: { code: 'BAD_REQUEST' } }]);
    }
    // Even with the preflight header, GET never runs a mutation.
    const getMutation = await master.request(
      'GET',
      `/graphql?query=${encodeURIComponent(JSON.parse(mutation).query)}`,
      undefined,
      {
        'apollo-require-preflight': 'true',
      },
    );
    expect(getMutation.status).toBe(405);
    expect((await master.ok(USER_COUNT)).users.totalCount).toBe(usersBefore);
  });

  it('a body over the size limit is refused with 413', async () => {
    const res = await master.request(
      'POST',
      '/graphql',
      JSON.stringify({ query: `{ viewer { role } }`, variables: { pad: 'x'.repeat(200_000) } }),
      JSON_TYPE,
    );
    expect(res.status).toBe(413);
    expect(errorsOf(res)[0]!.extensions?.code).toBe('BAD_REQUEST');
  });

  it('an overly deep query is refused by the depth limit (400) before it runs', async () => {
    // Under the depth limit, a query is not refused for its depth (nested lists may still cost too much).
    const underLimit = await master.gql(deepQuery(api.config.graphql.maxDepth - 4));
    expect(underLimit.errors?.filter((e) => /depth/i.test(e.message)) ?? []).toEqual([]);
    const res = await master.gql(deepQuery(api.config.graphql.maxDepth + 2));
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
    expect(res.data).toBeUndefined();
  });

  it('a deep selection on a mutation refuses the whole mutation: nothing is created', async () => {
    let inner = 'id';
    for (let i = 0; i < api.config.graphql.maxDepth; i++)
      inner = i % 2 === 0 ? `accounts { ${inner} }` : `owner { ${inner} }`;
    const res = await master.gql(
      `mutation { createUser(input: { login: "deep1", email: "d@x.test", password: "long-enough-1", accountName: "d" }) { ${inner} } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await master.ok(USER_COUNT)).users.totalCount).toBe(usersBefore);
  });

  it('too many aliases are refused, even on mutations: nothing is created', async () => {
    const fine = Array.from({ length: 5 }, (_, i) => `b${i}: branding { companyName }`).join(' ');
    expect((await master.gql(`{ ${fine} }`)).errors).toBeUndefined();
    const many = Array.from(
      { length: 20 },
      (_, i) =>
        `u${i}: createUser(input: { login: "alias${i}", email: "a${i}@x.test", password: "long-enough-1", accountName: "a" }) { id }`,
    ).join(' ');
    const res = await master.gql(`mutation { ${many} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
    expect((await master.ok(USER_COUNT)).users.totalCount).toBe(usersBefore);
  });

  it('an overly costly query is refused (400), not answered with a server error', async () => {
    const fields =
      'id login email role createdAt reseller { id name cpHost } accounts { id name status owner { id login email accounts { id } } }';
    const aliases = Array.from(
      { length: 12 },
      (_, i) => `l${i}: users(first: 100) { totalCount nodes { ${fields} } }`,
    ).join(' ');
    const res = await master.gql(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/cost/i);
  });

  it('a syntax error is GRAPHQL_PARSE_FAILED (400); an unknown field GRAPHQL_VALIDATION_FAILED (400)', async () => {
    const parse = await master.gql(`{ viewer { role }`);
    expect([parse.status, parse.errors?.[0]?.extensions?.code]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    const unknown = await master.gql(`{ viewer { passwordHash } }`);
    expect([unknown.status, unknown.errors?.[0]?.extensions?.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
  });

  it('every API answer is no-store and carries the security headers', async () => {
    const res = await master.gql(`{ viewer { role } }`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('an internal error (a database failure) is a bare INTERNAL_SERVER_ERROR: no SQL, no stack, and no partial write', async () => {
    const conn = api.orm.em.getConnection();
    await conn.execute('alter table account rename to account_hidden');
    try {
      const read = await master.request(
        'POST',
        '/graphql',
        JSON.stringify({ query: `{ accounts { totalCount } }` }),
        JSON_TYPE,
      );
      expect(errorsOf(read)).toEqual([
        { message: 'Internal server error', path: ['accounts'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      expectNoInternals(read.text);

      const write = await master.request(
        'POST',
        '/graphql',
        JSON.stringify({
          query: `mutation { createUser(input: { login: "broken1", email: "b@x.test", password: "long-enough-1", accountName: "b" }) { id } }`,
        }),
        JSON_TYPE,
      );
      expect(errorsOf(write)[0]!.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expectNoInternals(write.text);
    } finally {
      await conn.execute('alter table account_hidden rename to account');
    }
    // The user insert was rolled back with the failed account insert.
    expect((await master.ok(USER_COUNT)).users.totalCount).toBe(usersBefore);
    expect((await master.ok(`{ accounts { totalCount } }`)).accounts.totalCount).toBe(1);
  });
});
