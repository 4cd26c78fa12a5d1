import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/core';
import { beforeAll, expect, it } from 'vitest';
import { Account } from '../modules/accounts/account.entity';
import { User } from '../modules/identity/user.entity';
import { describeApi } from '../test/api';
import type { GqlClient } from '../test/client';
import { createReseller, PASSWORD, setupMaster, type MasterClient, type ResellerAdminClient } from '../test/factories';
import { systemEm } from './scope';

const ACCOUNTS = `query($search: String) {
  accounts(first: 100, search: $search) { totalCount nodes { id name owner { id login email reseller { id } } } }
}`;
const USERS = `query($search: String) { users(first: 100, search: $search) { totalCount nodes { id login email reseller { id } } } }`;

interface AccountNode {
  id: string;
  name: string;
  owner: { id: string; login: string; email: string; reseller: { id: string } };
}
interface UserNode {
  id: string;
  login: string;
  email: string;
  reseller: { id: string };
}

/** Reseller A's customers: text chosen so that substrings, wildcards and FTS5 syntax can be told apart. */
const CUSTOMERS_A = [
  {
    login: 'zanzibar-ops',
    email: 'ops.team@kilimanjaro-hosting.test',
    accounts: ['Blue Lagoon Webshop', 'Müller GmbH'],
  },
  { login: 'percent', email: 'p@percent.test', accounts: ['Shop 100% Organic', 'Quote "Best" Deals'] },
  {
    login: 'operators',
    email: 'ops@operators.test',
    accounts: ['Star*Power: ^Up -Down', 'Tom AND Jerry OR Spike NEAR Home', 'NEAR(a b)'],
  },
  {
    login: 'under_score',
    email: 'u_s@snake.test',
    accounts: ['snake_case_name', 'flexcase', 'back\\slash', 'Why? Because\\?'],
  },
];
/** Reseller B's customer shares every interesting substring with A's; A must never see it. */
const CUSTOMER_B = {
  login: 'zanzibar-twin',
  email: 'twin@kilimanjaro-hosting.test',
  accounts: ['Blue Lagoon Clone', 'Shop 100% Copy'],
};

/**
 * Terms checked against a plain JavaScript substring match over what the admin can list: substrings
 * in the middle of each field, other letter case, SQL wildcards, quotes, FTS5 operators and column
 * filters, backslashes, placeholder look-alikes (`?`, `$1`), and terms too short for a trigram
 * (1–2 characters, scanned instead).
 */
const TERMS = [
  'lagoon',
  'LAGOON',
  'agoo',
  'webSHOP',
  'nzib',
  'ZANZIBAR-',
  'limanj',
  'KILIMANJARO',
  'ops',
  'müller',
  'üll',
  '100%',
  '0% o',
  '%%%',
  '"best"',
  '"best',
  '"""',
  'star*power',
  'r: ^u',
  '-down',
  '^up',
  'and jerry or',
  'NEAR home',
  'AND',
  'OR',
  'y or s',
  'NEAR(a b)',
  'near(',
  'name:lagoon',
  'login:zanzibar',
  'e_c',
  '_s@',
  'k\\s',
  'a\\%',
  "'; drop table account; --",
  'why?',
  'y? b',
  '\\?',
  'e\\?',
  '???',
  '$1',
  '??',
  '?',
  'q',
  'ls',
  '%',
  '_',
  '"',
  '*',
  '-',
  '\\',
  'e_',
  'ü',
];

function contains(fields: string[], term: string): boolean {
  return fields.some((f) => f.toLowerCase().includes(term.toLowerCase()));
}
const sortedIds = (nodes: { id: string }[]) => nodes.map((n) => n.id).sort();

describeApi('indexed search of accounts and users', (api) => {
  let master: MasterClient;
  let adminA: ResellerAdminClient;
  let adminB: ResellerAdminClient;
  const accountIds = new Map<string, string>();
  const userIds = new Map<string, string>();

  async function createCustomer(admin: GqlClient, c: { login: string; email: string; accounts: string[] }) {
    const created = await admin.ok(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id accounts { id } } }`,
      {
        input: { login: c.login, email: c.email, password: PASSWORD, accountName: c.accounts[0] },
      },
    );
    userIds.set(c.login, created.createUser.id);
    accountIds.set(c.accounts[0]!, created.createUser.accounts[0].id);
    for (const name of c.accounts.slice(1)) {
      const extra = await admin.ok(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }`, {
        input: { ownerId: created.createUser.id, name },
      });
      accountIds.set(name, extra.createAccount.id);
    }
  }

  /** No API edits these fields yet: change the row through the ORM, as a future edit form would. */
  async function edit<T extends { id: number }>(
    entity: EntityClass<T>,
    id: string,
    change: (row: T, em: EntityManager) => void,
  ): Promise<void> {
    const em = systemEm(api.orm, 'test set-up: rows of several companies written and read directly');
    change(await em.findOneOrFail(entity, { id: Number(id) } as FilterQuery<T>), em);
    await em.flush();
  }

  async function accounts(admin: GqlClient, search: string): Promise<{ totalCount: number; nodes: AccountNode[] }> {
    return (await admin.ok(ACCOUNTS, { search })).accounts;
  }
  async function users(admin: GqlClient, search: string): Promise<{ totalCount: number; nodes: UserNode[] }> {
    return (await admin.ok(USERS, { search })).users;
  }

  beforeAll(async () => {
    master = await setupMaster(api);
    adminA = await createReseller(master, api, { name: 'Alpha Hosting' });
    adminB = await createReseller(master, api, { name: 'Beta Hosting' });
    for (const c of CUSTOMERS_A) await createCustomer(adminA, c);
    await createCustomer(adminB, CUSTOMER_B);
  });

  it('finds exactly what a case-insensitive substring match finds, for every kind of term, in the own reseller only', async () => {
    const allAccounts: AccountNode[] = (await adminA.ok(ACCOUNTS, { search: null })).accounts.nodes;
    const allUsers: UserNode[] = (await adminA.ok(USERS, { search: null })).users.nodes;
    expect(allAccounts).toHaveLength(11);
    for (const term of TERMS) {
      const expectedAccounts = allAccounts.filter((a) => contains([a.name, a.owner.login, a.owner.email], term));
      const got = await accounts(adminA, term);
      expect({ term, ids: sortedIds(got.nodes), total: got.totalCount }).toEqual({
        term,
        ids: sortedIds(expectedAccounts),
        total: expectedAccounts.length,
      });
      expect(got.nodes.every((a) => a.owner.reseller.id === adminA.resellerId)).toBe(true);

      const expectedUsers = allUsers.filter((u) => contains([u.login, u.email], term));
      const gotUsers = await users(adminA, term);
      expect({ term, ids: sortedIds(gotUsers.nodes), total: gotUsers.totalCount }).toEqual({
        term,
        ids: sortedIds(expectedUsers),
        total: expectedUsers.length,
      });
    }
    // Spot checks, so the comparison above cannot pass by returning nothing for everything.
    expect((await accounts(adminA, 'agoo')).nodes.map((a) => a.name)).toEqual(['Blue Lagoon Webshop']);
    expect((await accounts(adminA, 'LIMANJ')).totalCount).toBe(2); // both accounts of zanzibar-ops, by the owner's e-mail
    expect((await accounts(adminA, 'e_c')).nodes.map((a) => a.name)).toEqual(['snake_case_name']); // not "flexcase"
    expect((await accounts(adminA, '"best"')).nodes.map((a) => a.name)).toEqual(['Quote "Best" Deals']);
    expect((await accounts(adminA, 'NEAR(a b)')).nodes.map((a) => a.name)).toEqual(['NEAR(a b)']);
    expect((await accounts(adminA, 'name:lagoon')).totalCount).toBe(0); // no FTS5 column filter
    expect((await accounts(adminA, '?')).nodes.map((a) => a.name)).toEqual(['Why? Because\\?']); // not a placeholder
    expect((await accounts(adminA, 'y? b')).nodes.map((a) => a.name)).toEqual(['Why? Because\\?']);
    expect((await users(adminA, 'NZIB')).nodes.map((u) => u.login)).toEqual(['zanzibar-ops']);
    expect((await users(adminA, '_s@')).nodes.map((u) => u.login)).toEqual(['under_score']);
  });

  it("another reseller's matching accounts and users never appear; the master admin sees both", async () => {
    for (const term of ['lagoon', 'zanzibar', 'kilimanjaro', 'shop 100%', 'twin']) {
      const a = await accounts(adminA, term);
      const b = await accounts(adminB, term);
      expect(a.nodes.filter((n) => n.owner.reseller.id !== adminA.resellerId)).toEqual([]);
      expect(b.nodes.filter((n) => n.owner.reseller.id !== adminB.resellerId)).toEqual([]);
      expect((await accounts(master, term)).totalCount).toBe(a.totalCount + b.totalCount);
      const ua = await users(adminA, term);
      expect(ua.nodes.filter((n) => n.reseller.id !== adminA.resellerId)).toEqual([]);
    }
    expect((await accounts(adminA, 'twin')).totalCount).toBe(0);
    expect((await accounts(adminB, 'lagoon')).nodes.map((n) => n.name)).toEqual(['Blue Lagoon Clone']);
    expect((await users(adminB, 'zanzibar')).nodes.map((n) => n.login)).toEqual(['zanzibar-twin']);
    expect((await users(adminA, 'zanzibar')).nodes.map((n) => n.login)).toEqual(['zanzibar-ops']);
  });

  it('a numeric search also matches the account ID exactly, with the index or without', async () => {
    // An account with a four-digit ID and no digits in its text, so only the ID can match it.
    const em = systemEm(api.orm, 'test set-up: rows of several companies written and read directly');
    const owner = await em.findOneOrFail(User, { id: Number(userIds.get('under_score')) });
    em.create(Account, { id: 7321, reseller: owner.reseller, owner, name: 'Numbered' });
    await em.flush();
    expect((await accounts(adminA, '7321')).nodes.map((a) => a.name)).toEqual(['Numbered']);
    expect((await accounts(adminA, '732')).totalCount).toBe(0); // an ID is matched whole, not as a substring
    expect((await accounts(adminB, '7321')).totalCount).toBe(0);
    const short = accountIds.get('Blue Lagoon Webshop')!; // one or two digits: the scan path
    expect((await accounts(adminA, short)).nodes.map((a) => a.id)).toContain(short);
    expect((await accounts(adminA, '999999999999999')).totalCount).toBe(0);
  });

  it('a renamed account, a changed login or e-mail and a new owner are found by the new text only', async () => {
    await edit(Account, accountIds.get('Blue Lagoon Webshop')!, (a) => (a.name = 'Coral Reef Store'));
    expect((await accounts(adminA, 'reef st')).nodes.map((a) => a.name)).toEqual(['Coral Reef Store']);
    expect((await accounts(adminA, 'lagoon')).totalCount).toBe(0);

    await edit(User, userIds.get('zanzibar-ops')!, (u) => (u.email = 'desk@serengeti.test'));
    expect((await users(adminA, 'serenget')).nodes.map((u) => u.login)).toEqual(['zanzibar-ops']);
    expect((await users(adminA, 'kilimanjaro')).totalCount).toBe(0);
    expect((await accounts(adminA, 'SERENGETI')).nodes.map((a) => a.name).sort()).toEqual([
      'Coral Reef Store',
      'Müller GmbH',
    ]);
    expect((await accounts(adminA, 'kilimanjaro')).totalCount).toBe(0);

    await edit(User, userIds.get('zanzibar-ops')!, (u) => (u.login = 'pemba-ops'));
    expect((await users(adminA, 'emba-o')).nodes.map((u) => u.login)).toEqual(['pemba-ops']);
    expect((await users(adminA, 'zanzibar')).totalCount).toBe(0);
    expect((await accounts(adminA, 'pemba')).totalCount).toBe(2);
    expect((await accounts(adminA, 'zanzibar')).totalCount).toBe(0);

    await edit(
      Account,
      accountIds.get('Müller GmbH')!,
      (a, em) => (a.owner = em.getReference(User, Number(userIds.get('percent')))),
    );
    expect((await accounts(adminA, 'pemba')).nodes.map((a) => a.name)).toEqual(['Coral Reef Store']);
    expect((await accounts(adminA, 'percent.te')).nodes.map((a) => a.name).sort()).toEqual(
      ['Müller GmbH', 'Quote "Best" Deals', 'Shop 100% Organic'].sort(),
    );
  });

  it('a deleted account or user is no longer found', async () => {
    const em = systemEm(api.orm, 'test set-up: rows of several companies written and read directly');
    await em.nativeDelete(Account, { id: Number(accountIds.get('flexcase')) });
    expect((await accounts(adminA, 'flexca')).totalCount).toBe(0);
    expect((await accounts(adminA, 'snake_case')).totalCount).toBe(1);
    // Deleting the user takes their accounts with it (on delete cascade).
    await em.nativeDelete(User, { id: Number(userIds.get('operators')) });
    expect((await users(adminA, 'operators')).totalCount).toBe(0);
    expect((await accounts(adminA, 'star*power')).totalCount).toBe(0);
    if (api.config.database.dialect === 'sqlite') {
      // Their index rows are gone too (a leftover could not match, as IDs are never reused, but would take space).
      const conn = em.getConnection();
      const deleted = [accountIds.get('flexcase'), accountIds.get('NEAR(a b)'), userIds.get('operators')].map(Number);
      expect(await conn.execute('select rowid from account_search where rowid in (?, ?)', deleted.slice(0, 2))).toEqual(
        [],
      );
      expect(await conn.execute('select rowid from app_user_search where rowid = ?', deleted.slice(2))).toEqual([]);
    }
  });

  it('a term with a NUL character is refused as bad input (no stored text holds one), not a failure', async () => {
    for (const [query, search] of [
      [ACCOUNTS, 'snake\u0000'],
      [USERS, 'ops\u0000'],
    ] as const) {
      const err = await adminA.fails(query, { search });
      expect({ code: err.extensions?.code, fields: err.extensions?.fields?.map((f) => f.field) }).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['search'],
      });
    }
  });
});
