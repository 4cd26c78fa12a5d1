import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { SESSION_COOKIE } from '../../test/client';
import { createEndUser, setupMaster, signIn, type EndUserClient, type MasterClient } from '../../test/factories';

const SWITCH = `mutation($id: ID!) { switchAccount(accountId: $id) { activeAccount { id name } } }`;
const ACTIVE = `{ viewer { activeAccount { id } accounts { id } } }`;

describeApi('switching between accounts (UAD-1)', (api) => {
  let master: MasterClient;
  let owner: EndUserClient;
  let other: EndUserClient;

  beforeAll(async () => {
    master = await setupMaster(api);
    owner = await createEndUser(master, api, { accounts: 2 });
    other = await createEndUser(master, api);
  });

  it('starts on the first account and lists every account the user owns', async () => {
    const v = (await owner.ok(ACTIVE)).viewer;
    expect(v.activeAccount).toEqual({ id: owner.accountIds[0] });
    expect(v.accounts.map((a: { id: string }) => a.id)).toEqual(owner.accountIds);
  });

  it('switchAccount changes the active account without a new login, and it stays for the session', async () => {
    const token = owner.sessionCookie;
    const data = await owner.ok(SWITCH, { id: owner.accountIds[1] });
    expect(data.switchAccount.activeAccount.id).toBe(owner.accountIds[1]);
    expect(owner.lastSetCookie.filter((l) => l.startsWith(SESSION_COOKIE))).toEqual([]);
    expect(owner.sessionCookie).toBe(token);
    // A later request on the same session still sees it.
    expect((await owner.ok(ACTIVE)).viewer.activeAccount.id).toBe(owner.accountIds[1]);
    // Another session of the same user keeps its own choice.
    const laptop = await signIn(api, undefined, owner.login, owner.password);
    expect((await laptop.ok(ACTIVE)).viewer.activeAccount.id).toBe(owner.accountIds[0]);
    expect((await owner.ok(ACTIVE)).viewer.activeAccount.id).toBe(owner.accountIds[1]);
  });

  it("switching to another user's account is NOT_FOUND and changes nothing", async () => {
    await owner.ok(SWITCH, { id: owner.accountIds[0] });
    const err = await owner.fails(SWITCH, { id: other.accountIds[0] });
    expect(err.extensions?.code).toBe('NOT_FOUND');
    expect((await owner.ok(ACTIVE)).viewer.activeAccount.id).toBe(owner.accountIds[0]);
    expect((await other.ok(ACTIVE)).viewer.activeAccount.id).toBe(other.accountIds[0]);
  });

  it('an account ID that does not exist is NOT_FOUND; one that is not an ID is BAD_USER_INPUT', async () => {
    expect((await owner.fails(SWITCH, { id: '999999' })).extensions?.code).toBe('NOT_FOUND');
    const bad = await owner.fails(SWITCH, { id: 'abc' });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions?.fields).toEqual([{ field: 'accountId', message: expect.any(String) }]);
  });

  it('an admin cannot make a customer account their own active account', async () => {
    expect((await master.fails(SWITCH, { id: owner.accountIds[1] })).extensions?.code).toBe('NOT_FOUND');
    expect((await master.ok(ACTIVE)).viewer).toEqual({ activeAccount: null, accounts: [] });
  });

  it('signed out, switching is UNAUTHENTICATED', async () => {
    expect((await api.client().fails(SWITCH, { id: owner.accountIds[0] })).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
