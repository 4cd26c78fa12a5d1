import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../test/api';
import {
  createEndUser,
  createReseller,
  PASSWORD,
  setupMaster,
  signIn,
  whoAmI,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../test/factories';

const LOGIN = `mutation($login: String!, $password: String!) { login(input: { login: $login, password: $password }) { user { id } reseller { id } } }`;

/** Everything the master admin sees of one reseller: its settings, users and accounts. */
async function snapshot(master: MasterClient, resellerId: string) {
  const { reseller } = await master.ok(
    `query($id: ID!) { reseller(id: $id) { id name cpHost defaultSkin defaultLanguage } }`,
    { id: resellerId },
  );
  const { users } = await master.ok(
    `{ users(first: 100) { nodes { id login email role reseller { id } accounts { id } } } }`,
  );
  const { accounts } = await master.ok(
    `{ accounts(first: 100) { nodes { id name status suspendedReason owner { id reseller { id } } } } }`,
  );
  return {
    reseller,
    users: users.nodes.filter((u: any) => u.reseller.id === resellerId),
    accounts: accounts.nodes.filter((a: any) => a.owner.reseller.id === resellerId),
  };
}

describeApi('tenant isolation between resellers', (api) => {
  let master: MasterClient;
  let adminA: ResellerAdminClient;
  let adminB: ResellerAdminClient;
  let userA: EndUserClient;
  let neighbourA: EndUserClient;
  let userB: EndUserClient;

  beforeAll(async () => {
    master = await setupMaster(api);
    adminA = await createReseller(master, api, { name: 'Alpha Hosting' });
    adminB = await createReseller(master, api, { name: 'Beta Hosting' });
    userA = await createEndUser(adminA, api);
    neighbourA = await createEndUser(adminA, api);
    userB = await createEndUser(adminB, api, { accounts: 2 });
    await adminB.ok(`mutation($id: ID!) { suspendAccount(id: $id, reason: "unpaid") { id } }`, {
      id: userB.accountIds[1],
    });
  });

  it("a reseller admin gets NOT_FOUND or empty lists for every operation on another reseller's data; nothing changes", async () => {
    const before = await snapshot(master, adminB.resellerId);
    expect(before.users).toHaveLength(2);
    expect(before.accounts).toHaveLength(2);
    const [accB, suspendedB] = userB.accountIds;
    const notFound: [string, string, Record<string, unknown>][] = [
      ['user', `query($id: ID!) { user(id: $id) { id } }`, { id: userB.userId }],
      ['user (admin of B)', `query($id: ID!) { user(id: $id) { id } }`, { id: adminB.userId }],
      ['user (master)', `query($id: ID!) { user(id: $id) { id } }`, { id: master.userId }],
      ['account', `query($id: ID!) { account(id: $id) { id } }`, { id: accB }],
      ['reseller', `query($id: ID!) { reseller(id: $id) { id } }`, { id: adminB.resellerId }],
      ['reseller (root)', `query($id: ID!) { reseller(id: $id) { id } }`, { id: master.resellerId }],
      [
        'resetUserPassword',
        `mutation($id: ID!) { resetUserPassword(id: $id, input: { newPassword: "taken-over-1" }) { id } }`,
        { id: userB.userId },
      ],
      [
        'createAccount',
        `mutation($id: ID!) { createAccount(input: { ownerId: $id, name: "planted" }) { id } }`,
        { id: userB.userId },
      ],
      ['suspendAccount', `mutation($id: ID!) { suspendAccount(id: $id, reason: "x") { id } }`, { id: accB }],
      ['resumeAccount', `mutation($id: ID!) { resumeAccount(id: $id) { id } }`, { id: suspendedB }],
      ['switchAccount', `mutation($id: ID!) { switchAccount(accountId: $id) { activeAccount { id } } }`, { id: accB }],
      [
        'createUser in B',
        `mutation($r: ID!) { createUser(input: { login: "planted", email: "p@x.test", password: "long-enough-1", accountName: "p", resellerId: $r }) { id } }`,
        { r: adminB.resellerId },
      ],
    ];
    for (const [what, query, variables] of notFound) {
      const err = await adminA.fails(query, variables);
      expect({ what, code: err.extensions?.code, data: err.data }).toEqual({ what, code: 'NOT_FOUND', data: null });
    }

    const lists = await adminA.ok(
      `query($owner: ID!, $acc: String!, $login: String!) {
        byOwner: accounts(ownerId: $owner) { totalCount nodes { id } }
        byId: accounts(search: $acc) { nodes { id owner { reseller { id } } } }
        byLogin: users(search: $login) { totalCount }
        users(first: 100) { totalCount nodes { id reseller { id } } }
        accounts(first: 100) { totalCount nodes { id owner { id } } }
      }`,
      { owner: userB.userId, acc: accB, login: userB.login },
    );
    expect(lists.byOwner).toEqual({ totalCount: 0, nodes: [] });
    // (The ID's digits may occur in A's own logins: only A's rows may match.)
    expect(lists.byId.nodes.filter((a: any) => a.owner.reseller.id !== adminA.resellerId)).toEqual([]);
    expect(lists.byLogin.totalCount).toBe(0);
    expect(lists.users.nodes.map((u: any) => u.id).sort()).toEqual(
      [adminA.userId, userA.userId, neighbourA.userId].sort(),
    );
    expect(lists.users.totalCount).toBe(3);
    expect(new Set(lists.users.nodes.map((u: any) => u.reseller.id))).toEqual(new Set([adminA.resellerId]));
    expect(lists.accounts.nodes.map((a: any) => a.id).sort()).toEqual(
      [...userA.accountIds, ...neighbourA.accountIds].sort(),
    );

    expect(await snapshot(master, adminB.resellerId)).toEqual(before);
    expect(await whoAmI(userB)).not.toBeNull(); // no password reset signed B's user out
    await signIn(api, adminB.cpHost, userB.login, PASSWORD);
    expect((await adminA.ok(`{ viewer { activeAccount { id } } }`)).viewer.activeAccount).toBeNull();
  });

  it("a reseller admin's own settings change touches only its own reseller", async () => {
    const before = await snapshot(master, adminB.resellerId);
    await adminA.ok(
      `mutation { updateResellerSettings(input: { name: "Alpha Renamed", defaultSkin: NO_MENU }) { id } }`,
    );
    expect(await snapshot(master, adminB.resellerId)).toEqual(before);
    expect(
      (await master.ok(`query($id: ID!) { reseller(id: $id) { name defaultSkin } }`, { id: adminA.resellerId }))
        .reseller,
    ).toEqual({
      name: 'Alpha Renamed',
      defaultSkin: 'NO_MENU',
    });
  });

  it("an end user gets NOT_FOUND for another user's account, in the same reseller or another", async () => {
    const own = await userA.ok(`query($id: ID!) { account(id: $id) { id owner { id } } }`, { id: userA.accountIds[0] });
    expect(own.account).toEqual({ id: userA.accountIds[0], owner: { id: userA.userId } });
    for (const id of [neighbourA.accountIds[0], userB.accountIds[0]]) {
      const err = await userA.fails(`query($id: ID!) { account(id: $id) { id } }`, { id });
      expect(err.extensions?.code).toBe('NOT_FOUND');
    }
    const v = (await userA.ok(`{ viewer { accounts { id } user { accounts { id } } } }`)).viewer;
    expect(v.accounts).toEqual([{ id: userA.accountIds[0] }]);
    expect(v.user.accounts).toEqual([{ id: userA.accountIds[0] }]);
  });

  it('the master admin sees every reseller and can act on any of them', async () => {
    const all = await master.ok(`{ resellers { totalCount nodes { id } } }`);
    expect(all.resellers.totalCount).toBe(3); // root, A, B
    const created = await master.ok(
      `mutation($id: ID!) { createAccount(input: { ownerId: $id, name: "from master" }) { id } }`,
      { id: userB.userId },
    );
    const seenByB = await adminB.ok(`query($id: ID!) { account(id: $id) { owner { id } } }`, {
      id: created.createAccount.id,
    });
    expect(seenByB.account.owner.id).toBe(userB.userId);
    expect(
      (await adminA.fails(`query($id: ID!) { account(id: $id) { id } }`, { id: created.createAccount.id })).extensions
        ?.code,
    ).toBe('NOT_FOUND');
  });

  it('the same login may exist in two resellers; each host finds its own user', async () => {
    const samA = await createEndUser(adminA, api, { login: 'sam', password: 'sam-at-alpha-1' });
    const samB = await createEndUser(adminB, api, { login: 'sam', password: 'sam-at-beta-22' });
    expect(samA.userId).not.toBe(samB.userId);

    const onA = await api.client(adminA.cpHost).ok(LOGIN, { login: 'sam', password: 'sam-at-alpha-1' });
    expect(onA.login).toEqual({ user: { id: samA.userId }, reseller: { id: adminA.resellerId } });
    const onB = await api.client(`${adminB.cpHost}:8443`).ok(LOGIN, { login: 'sam', password: 'sam-at-beta-22' });
    expect(onB.login).toEqual({ user: { id: samB.userId }, reseller: { id: adminB.resellerId } });

    // B's password on A's host, or either on the root panel, is just a wrong login.
    for (const [host, password] of [
      [adminA.cpHost, 'sam-at-beta-22'],
      [undefined, 'sam-at-alpha-1'],
    ] as const) {
      expect((await api.client(host).fails(LOGIN, { login: 'sam', password })).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    // A reseller admin signs in only on its own panel.
    expect(
      (await api.client(adminB.cpHost).fails(LOGIN, { login: adminA.login, password: PASSWORD })).extensions?.code,
    ).toBe('UNAUTHENTICATED');
    // Within one reseller the login stays unique.
    const dup = await adminA.fails(
      `mutation { createUser(input: { login: "SAM", email: "s2@x.test", password: "long-enough-1", accountName: "x" }) { id } }`,
    );
    expect(dup.extensions?.code).toBe('BAD_USER_INPUT');
    expect(dup.extensions?.fields).toEqual([{ field: 'login', message: 'is already taken' }]);
  });
});
