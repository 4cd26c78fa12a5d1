import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../test/api';
import { createEndUser, setupMaster, type EndUserClient } from '../test/factories';

const SCHEMA = `{ __schema { queryType { name } } }`;
const TYPE = `query { ... on Query { __type(name: "User") { fields { name } } } }`;
const TYPO = `{ viewr { role } }`;
const LOGIN_INPUT = `mutation($input: LoginInput!) { login(input: $input) { role } }`;

describeApi(
  'schema hidden from anonymous callers (GRAPHQL_PUBLIC_SCHEMA=false)',
  (api) => {
    let user: EndUserClient;
    beforeAll(async () => {
      const master = await setupMaster(api);
      user = await createEndUser(master, api, { login: 'ivy' });
    });

    it('anonymous introspection is refused with a clear 400, also inside a fragment; __typename is still answered', async () => {
      for (const query of [SCHEMA, TYPE]) {
        const err = await api.client().fails(query);
        expect(err.status).toBe(400);
        expect(err.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(err.message).toMatch(
          /^Introspection is for signed-in callers only; the query asks for "__(schema|type)"$/,
        );
        expect(err.data).toBeUndefined();
      }
      expect(await api.client().ok(`{ __typename }`)).toEqual({ __typename: 'Query' });
    });

    it('signed-in callers still introspect', async () => {
      const data = await user.ok(SCHEMA);
      expect(data.__schema.queryType.name).toBe('Query');
      expect((await user.ok(TYPE)).__type.fields.length).toBeGreaterThan(0);
    });

    it('anonymous errors carry no "Did you mean" hints (fields, input fields); signed-in ones do', async () => {
      const typo = await api.client().fails(TYPO);
      expect(typo.message).toBe('Cannot query field "viewr" on type "Query".');
      const input = await api.client().fails(LOGIN_INPUT, { input: { login: 'ivy', password: 'x', pasword: 'x' } });
      expect(input.message).toContain('Field "pasword" is not defined by type "LoginInput".');
      expect(input.message).not.toMatch(/did you mean/i);

      expect((await user.fails(TYPO)).message).toMatch(/Did you mean "viewer"/);
      expect((await user.fails(LOGIN_INPUT, { input: { login: 'ivy', password: 'x', pasword: 'x' } })).message).toMatch(
        /Did you mean "password"/,
      );
    });
  },
  { GRAPHQL_PUBLIC_SCHEMA: 'false' },
);

describeApi('schema shown to everyone by default outside production', (api) => {
  it('anonymous callers introspect and get hints', async () => {
    expect(api.config.graphql.publicSchema).toBe(true);
    expect((await api.client().ok(SCHEMA)).__schema.queryType.name).toBe('Query');
    expect((await api.client().fails(TYPO)).message).toMatch(/Did you mean "viewer"/);
  });
});

describeApi(
  'schema hidden by default in production',
  (api) => {
    it('NODE_ENV=production without the setting hides it', async () => {
      expect(api.config.graphql.publicSchema).toBe(false);
      expect((await api.client().fails(SCHEMA)).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  },
  { NODE_ENV: 'production' },
);
