import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { createEndUser, PASSWORD, setupMaster, signIn, whoAmI, type MasterClient } from '../../test/factories';

const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const RESET = `mutation($id: ID!, $pw: String!) { resetUserPassword(id: $id, input: { newPassword: $pw }) { id login } }`;
const LOGIN = `mutation($login: String!, $password: String!) { login(input: { login: $login, password: $password }) { user { id } } }`;

describeApi('passwords', (api) => {
  let master: MasterClient;
  beforeAll(async () => {
    master = await setupMaster(api);
  });

  it('changePassword needs the right current password (BAD_USER_INPUT on currentPassword); nothing changes', async () => {
    const user = await createEndUser(master, api);
    const err = await user.fails(CHANGE, {
      input: { currentPassword: 'not-my-password', newPassword: 'brand-new-password' },
    });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.extensions?.fields).toEqual([{ field: 'currentPassword', message: expect.any(String) }]);
    expect(await whoAmI(user)).not.toBeNull();
    await signIn(api, undefined, user.login, PASSWORD); // old password still works
    expect(
      (await api.client().fails(LOGIN, { login: user.login, password: 'brand-new-password' })).extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('rejects a too-short new password and one equal to the current password, naming newPassword', async () => {
    const user = await createEndUser(master, api);
    for (const newPassword of ['short', PASSWORD]) {
      const err = await user.fails(CHANGE, { input: { currentPassword: PASSWORD, newPassword } });
      expect(err.extensions?.code).toBe('BAD_USER_INPUT');
      expect(err.extensions?.fields?.map((f) => f.field)).toEqual(['newPassword']);
    }
  });

  it('changePassword keeps this session, signs out the others, and the new password works', async () => {
    const user = await createEndUser(master, api);
    const phone = await signIn(api, undefined, user.login, PASSWORD);
    expect(await user.ok(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'a-new-password-1' } })).toEqual({
      changePassword: true,
    });
    expect((await whoAmI(user))?.user.id).toBe(user.userId);
    expect(await whoAmI(phone)).toBeNull();
    expect((await api.client().fails(LOGIN, { login: user.login, password: PASSWORD })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const again = await signIn(api, undefined, user.login, 'a-new-password-1');
    expect(again.userId).toBe(user.userId);
  });

  it("resetUserPassword by an admin signs out all of that user's sessions; the new password works", async () => {
    const user = await createEndUser(master, api);
    const second = await signIn(api, undefined, user.login, PASSWORD);
    const bystander = await createEndUser(master, api);
    const data = await master.ok(RESET, { id: user.userId, pw: 'set-by-the-admin' });
    expect(data.resetUserPassword).toEqual({ id: user.userId, login: user.login });
    expect(await whoAmI(user)).toBeNull();
    expect(await whoAmI(second)).toBeNull();
    expect(await whoAmI(bystander)).not.toBeNull(); // other users keep their sessions
    expect(await whoAmI(master)).not.toBeNull(); // and so does the admin
    expect((await api.client().fails(LOGIN, { login: user.login, password: PASSWORD })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await signIn(api, undefined, user.login, 'set-by-the-admin')).userId).toBe(user.userId);
  });

  it('resetUserPassword validates the new password and the ID', async () => {
    const user = await createEndUser(master, api);
    const short = await master.fails(RESET, { id: user.userId, pw: 'short' });
    expect(short.extensions?.fields?.map((f) => f.field)).toEqual(['newPassword']);
    expect((await master.fails(RESET, { id: '999999', pw: 'long-enough-pw' })).extensions?.code).toBe('NOT_FOUND');
    expect(await whoAmI(user)).not.toBeNull(); // nothing was reset
  });
});
