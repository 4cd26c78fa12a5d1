import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../test/api';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../test/factories';

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const good = { login: 'valid.user', email: 'valid@x.test', password: 'long-enough-1', accountName: 'Main' };

describeApi('bad input is refused, naming the field, and changes nothing', (api) => {
  let master: MasterClient;
  let user: EndUserClient;
  let state: () => Promise<unknown>;

  beforeAll(async () => {
    master = await setupMaster(api);
    user = await createEndUser(master, api);
    // Everything an attempt could have changed, as the master admin sees it.
    state = async () =>
      master.ok(`{
        users(first: 100) { totalCount nodes { id login email } }
        accounts(first: 100) { totalCount nodes { id name status suspendedReason } }
        resellers { totalCount }
      }`);
  });

  async function expectFields(query: string, variables: Record<string, unknown>, fields: string[]): Promise<void> {
    const err = await master.fails(query, variables);
    expect({ code: err.extensions?.code, fields: err.extensions?.fields?.map((f) => f.field).sort() }).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [...fields].sort(),
    });
  }

  it('empty and whitespace-only strings', async () => {
    const before = await state();
    await expectFields(CREATE_USER, { input: { login: '', email: '', password: '', accountName: '' } }, [
      'login',
      'email',
      'password',
      'accountName',
    ]);
    await expectFields(CREATE_USER, { input: { ...good, login: '   ', accountName: ' \t ' } }, [
      'login',
      'accountName',
    ]);
    expect(await state()).toEqual(before);
  });

  it('too long strings', async () => {
    const before = await state();
    await expectFields(
      CREATE_USER,
      {
        input: {
          login: 'a'.repeat(33),
          email: `${'e'.repeat(250)}@x.test`,
          password: 'p'.repeat(201),
          accountName: 'n'.repeat(101),
        },
      },
      ['login', 'email', 'password', 'accountName'],
    );
    const id = user.accountIds[0];
    await expectFields(
      `mutation($id: ID!, $r: String) { suspendAccount(id: $id, reason: $r) { id } }`,
      { id, r: 'r'.repeat(501) },
      ['reason'],
    );
    await expectFields(`query($s: String) { users(search: $s) { totalCount } }`, { s: 's'.repeat(101) }, ['search']);
    expect(await state()).toEqual(before);
  });

  it('malformed values: bad login characters, control characters, bad e-mail', async () => {
    const before = await state();
    await expectFields(CREATE_USER, { input: { ...good, login: 'bad login!' } }, ['login']);
    await expectFields(CREATE_USER, { input: { ...good, login: '.dot-first' } }, ['login']);
    await expectFields(CREATE_USER, { input: { ...good, accountName: 'tab\there' } }, ['accountName']);
    await expectFields(CREATE_USER, { input: { ...good, email: 'two@@x.test' } }, ['email']);
    expect(await state()).toEqual(before);
  });

  it('wrong types are refused by GraphQL itself', async () => {
    const before = await state();
    const literal = [
      `{ users(first: "10") { totalCount } }`,
      `mutation { suspendAccount(id: true) { id } }`,
      `{ user(id: 1.5) { id } }`,
      `mutation { updatePreferences(input: { textOnly: "yes" }) { skin } }`,
      `mutation { updatePreferences(input: { skin: PURPLE }) { skin } }`,
      `mutation { createUser(input: { login: "x1y" }) { id } }`,
    ];
    for (const query of literal) {
      const res = await master.gql(query);
      expect({ query, status: res.status, code: res.errors?.[0]?.extensions?.code }).toEqual({
        query,
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
      });
    }
    const variables: [string, Record<string, unknown>][] = [
      [`query($f: Int!) { users(first: $f) { totalCount } }`, { f: 'ten' }],
      [`query($f: Int!) { users(first: $f) { totalCount } }`, { f: 2 ** 40 }],
      [`query($id: ID!) { user(id: $id) { id } }`, { id: true }],
      [`query($id: ID!) { user(id: $id) { id } }`, { id: null }],
      [CREATE_USER, { input: { ...good, login: 42 } }],
      [CREATE_USER, { input: { ...good, isAdmin: true } }],
      [`mutation($i: PreferencesInput!) { updatePreferences(input: $i) { skin } }`, { i: { textOnly: 1 } }],
    ];
    for (const [query, vars] of variables) {
      const res = await master.gql(query, vars);
      expect({ vars, status: res.status, code: res.errors?.[0]?.extensions?.code }).toEqual({
        vars,
        status: 400,
        code: 'BAD_USER_INPUT',
      });
    }
    expect(await state()).toEqual(before);
  });

  it('an Int literal where an ID is expected is a valid ID (GraphQL coerces it)', async () => {
    const data = await master.ok(`{ user(id: ${Number(user.userId)}) { login } }`);
    expect(data.user.login).toBe(user.login);
  });

  it.each(['abc', '-1', '0', '1.5', ' 1', '1e3', '0x10', '', '99999999999999999999'])(
    'the ID "%s" is BAD_USER_INPUT for every operation that takes one',
    async (bad) => {
      const before = await state();
      const cases: [string, Record<string, unknown>, string][] = [
        [`query($id: ID!) { user(id: $id) { id } }`, { id: bad }, 'id'],
        [`query($id: ID!) { account(id: $id) { id } }`, { id: bad }, 'id'],
        [`query($id: ID!) { reseller(id: $id) { id } }`, { id: bad }, 'id'],
        [`query($id: ID!) { accounts(ownerId: $id) { totalCount } }`, { id: bad }, 'ownerId'],
        [
          `mutation($id: ID!) { resetUserPassword(id: $id, input: { newPassword: "long-enough-2" }) { id } }`,
          { id: bad },
          'id',
        ],
        [`mutation($id: ID!) { suspendAccount(id: $id) { id } }`, { id: bad }, 'id'],
        [`mutation($id: ID!) { resumeAccount(id: $id) { id } }`, { id: bad }, 'id'],
        [`mutation($id: ID!) { createAccount(input: { ownerId: $id, name: "x" }) { id } }`, { id: bad }, 'ownerId'],
        [`mutation($id: ID!) { switchAccount(accountId: $id) { role } }`, { id: bad }, 'accountId'],
        [CREATE_USER, { input: { ...good, resellerId: bad } }, 'resellerId'],
      ];
      for (const [query, variables, field] of cases) {
        const err = await master.fails(query, variables);
        expect({ query, code: err.extensions?.code, fields: err.extensions?.fields }).toEqual({
          query,
          code: 'BAD_USER_INPUT',
          fields: [{ field, message: expect.any(String) }],
        });
      }
      expect(await state()).toEqual(before);
    },
  );

  it('bad pagination arguments name the argument', async () => {
    const q = `query($f: Int!, $a: String) { users(first: $f, after: $a) { totalCount } }`;
    for (const first of [0, -1, 101]) await expectFields(q, { f: first }, ['first']);
    for (const after of [
      'not a cursor!',
      Buffer.from('abc').toString('base64url'),
      Buffer.from('-5').toString('base64url'),
      'x'.repeat(30),
    ]) {
      await expectFields(q, { f: 10, a: after }, ['after']);
    }
  });
});
