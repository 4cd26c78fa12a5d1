import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { PASSWORD, setupMaster, type MasterClient } from '../../test/factories';

const USERS_PAGE = `query($first: Int!, $after: String, $search: String, $role: Role) {
  users(first: $first, after: $after, search: $search, role: $role) { totalCount pageInfo { hasNextPage endCursor } nodes { id login } }
}`;
const ACCOUNTS = `query($search: String, $status: AccountStatus, $ownerId: ID) {
  accounts(first: 100, search: $search, status: $status, ownerId: $ownerId) { totalCount nodes { id name status owner { id login } } }
}`;

interface UserPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string; login: string }[];
}

// Letters only, so a numeric search can match nothing but an account ID.
const letters = (i: number) => String.fromCharCode(97 + Math.floor(i / 26)) + String.fromCharCode(97 + (i % 26));
const LOGINS = [...Array.from({ length: 28 }, (_, i) => `member-${letters(i)}`), 'under_score', 'underxscore'];

describeApi('lists: pagination, search and filters', (api) => {
  let master: MasterClient;
  const created = new Map<string, { userId: string; accountId: string }>();

  beforeAll(async () => {
    master = await setupMaster(api);
    for (let i = 0; i < LOGINS.length; i += 6) {
      await Promise.all(
        LOGINS.slice(i, i + 6).map(async (login) => {
          const data = await master.ok(
            `mutation($input: CreateUserInput!) { createUser(input: $input) { id accounts { id } } }`,
            {
              input: { login, email: `${login}@customer.test`, password: PASSWORD, accountName: `Site of ${login}` },
            },
          );
          created.set(login, { userId: data.createUser.id, accountId: data.createUser.accounts[0].id });
        }),
      );
    }
  });

  async function allPages(vars: Record<string, unknown>): Promise<{ ids: string[]; pages: number; totals: number[] }> {
    const ids: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { users }: { users: UserPage } = await master.ok(USERS_PAGE, { ...vars, after });
      pages++;
      totals.push(users.totalCount);
      ids.push(...users.nodes.map((n) => n.id));
      if (!users.pageInfo.hasNextPage) break;
      expect(users.nodes).toHaveLength(vars.first as number);
      after = users.pageInfo.endCursor;
      expect(pages).toBeLessThan(20); // a cursor that does not move would loop forever
    }
    return { ids, pages, totals };
  }

  it('pages through every user exactly once, newest first, with the right total', async () => {
    const { ids, pages, totals } = await allPages({ first: 10 });
    const expected = [master.userId, ...[...created.values()].map((c) => c.userId)];
    expect(pages).toBe(4); // 31 users: 10 + 10 + 10 + 1
    expect(new Set(totals)).toEqual(new Set([31]));
    expect(ids).toHaveLength(31);
    expect(new Set(ids)).toEqual(new Set(expected));
    const numeric = ids.map(Number);
    expect(numeric).toEqual([...numeric].sort((a, b) => b - a));
  });

  it('an exact last page has no next page and no empty page after it', async () => {
    const { users } = await master.ok(USERS_PAGE, { first: 31 });
    expect(users.nodes).toHaveLength(31);
    expect(users.pageInfo.hasNextPage).toBe(false);
  });

  it('search pages too, and counts only matches', async () => {
    const { ids, totals } = await allPages({ first: 5, search: 'member-' });
    expect(ids).toHaveLength(28);
    expect(new Set(ids).size).toBe(28);
    expect(new Set(totals)).toEqual(new Set([28]));
  });

  it('search is a case-insensitive substring of login or e-mail', async () => {
    const { users } = await master.ok(USERS_PAGE, { first: 100, search: 'MEMBER-A' });
    expect(users.nodes.map((n: { login: string }) => n.login).sort()).toEqual(
      LOGINS.filter((l) => l.startsWith('member-a')),
    );
    const byMail = await master.ok(USERS_PAGE, { first: 100, search: '@customer.TEST' });
    expect(byMail.users.totalCount).toBe(30);
  });

  it('_ and % in a search match literally, not as SQL wildcards', async () => {
    const underscore = await master.ok(USERS_PAGE, { first: 100, search: 'r_s' });
    expect(underscore.users.nodes.map((n: { login: string }) => n.login)).toEqual(['under_score']);
    expect(underscore.users.totalCount).toBe(1);
    expect((await master.ok(USERS_PAGE, { first: 100, search: '%' })).users.totalCount).toBe(0);
    expect((await master.ok(USERS_PAGE, { first: 100, search: "'; --" })).users.totalCount).toBe(0);
  });

  it('filters users by role', async () => {
    expect((await master.ok(USERS_PAGE, { first: 100, role: 'END_USER' })).users.totalCount).toBe(30);
    const admins = await master.ok(USERS_PAGE, { first: 100, role: 'MASTER_ADMIN' });
    expect(admins.users.nodes).toEqual([{ id: master.userId, login: 'master' }]);
  });

  it('accounts search finds an account by its numeric ID', async () => {
    for (const login of ['member-aa', 'member-bb', 'underxscore']) {
      const { accountId } = created.get(login)!;
      const { accounts } = await master.ok(ACCOUNTS, { search: accountId });
      expect(accounts.nodes.map((a: { id: string }) => a.id)).toEqual([accountId]);
      expect(accounts.nodes[0].owner.login).toBe(login);
    }
    const byOwner = await master.ok(ACCOUNTS, { search: 'member-ab' });
    expect(byOwner.accounts.nodes.map((a: { id: string }) => a.id)).toEqual([created.get('member-ab')!.accountId]);
  });

  it('accounts filter by status, alone and with search and owner', async () => {
    const suspended = ['member-ac', 'member-ad', 'under_score'].map((l) => created.get(l)!.accountId);
    for (const id of suspended)
      await master.ok(`mutation($id: ID!) { suspendAccount(id: $id, reason: "test") { id } }`, { id });

    const s = await master.ok(ACCOUNTS, { status: 'SUSPENDED' });
    expect(s.accounts.totalCount).toBe(3);
    expect(s.accounts.nodes.map((a: { id: string }) => a.id).sort()).toEqual([...suspended].sort());
    expect((await master.ok(ACCOUNTS, { status: 'ACTIVE' })).accounts.totalCount).toBe(27);
    expect((await master.ok(ACCOUNTS, { status: 'MODERATION' })).accounts.totalCount).toBe(0);
    expect((await master.ok(ACCOUNTS, { status: 'SUSPENDED', search: 'member-' })).accounts.totalCount).toBe(2);
    const owner = created.get('member-ac')!.userId;
    expect((await master.ok(ACCOUNTS, { status: 'ACTIVE', ownerId: owner })).accounts.totalCount).toBe(0);
    expect((await master.ok(ACCOUNTS, { status: 'SUSPENDED', ownerId: owner })).accounts.totalCount).toBe(1);

    // Suspending twice is a CONFLICT; resuming puts it back and clears the reason.
    expect(
      (await master.fails(`mutation($id: ID!) { suspendAccount(id: $id) { id } }`, { id: suspended[0] })).extensions
        ?.code,
    ).toBe('CONFLICT');
    const resumed = await master.ok(`mutation($id: ID!) { resumeAccount(id: $id) { status suspendedReason } }`, {
      id: suspended[0],
    });
    expect(resumed.resumeAccount).toEqual({ status: 'ACTIVE', suspendedReason: null });
    expect((await master.ok(ACCOUNTS, { status: 'SUSPENDED' })).accounts.totalCount).toBe(2);
  });
});
