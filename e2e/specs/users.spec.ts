import { beforeAll, describe, expect, it } from 'vitest';
import { Layout } from '../pages/layout.page';
import { signIn } from '../pages/login.page';
import { CreateUserPage, UserDetailPage, UsersPage } from '../pages/users.page';
import { createEndUser, setupMasterAdmin, signInApi, type MasterAdmin } from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';

describe.skipIf(skipReason)('admin creates a user and accounts', () => {
  const e2e = useE2E();
  let admin: MasterAdmin;
  let s: Session;
  let layout: Layout;
  const newUser = {
    login: 'jane.doe',
    email: 'jane@customer.example',
    password: 'jane-secret-1',
    accountName: 'Jane main shop',
  };
  let userId: string;

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    // Someone else, so that searching has something to leave out.
    await createEndUser(admin.client, { login: 'bystander' });
    s = await e2e.newSession();
    layout = await signIn(s.page, admin);
  });

  it('shows field errors from the API under the inputs', async () => {
    await layout.navigate('users');
    const users = new UsersPage(s.page);
    await users.createLink.click();
    const create = new CreateUserPage(s.page);
    await create.root.waitFor();
    await create.submitForm({ ...newUser, password: 'short' });
    await create.fieldError('password').waitFor();
    expect(await create.root.isVisible()).toBe(true);
  });

  it('creates the user with a first account and opens their page', async () => {
    await new CreateUserPage(s.page).submitForm(newUser);

    const detail = new UserDetailPage(s.page);
    await detail.root.waitFor();
    userId = detail.userId();
    await detail.accountRows.first().waitFor();
    expect(await detail.accountRows.count()).toBe(1);
    expect(await detail.accountRows.first().innerText()).toContain(newUser.accountName);
  });

  it('adds a second account on the user page', async () => {
    const detail = new UserDetailPage(s.page);
    await detail.addAccount('Jane blog');
    await expect.poll(() => detail.accountRows.count(), { timeout: 10_000 }).toBe(2);
    expect(await detail.accounts.innerText()).toContain('Jane blog');
    const ids = await detail.accountIds();
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^\d+$/);

    const { user } = await admin.client.request<{ user: { login: string; accounts: { id: string; name: string }[] } }>(
      `query ($id: ID!) { user(id: $id) { login accounts { id name } } }`,
      { id: userId },
    );
    expect(user.login).toBe(newUser.login);
    expect(user.accounts.map((a) => a.name).sort()).toEqual(['Jane blog', newUser.accountName].sort());
    expect(user.accounts.map((a) => a.id).sort()).toEqual([...ids].sort());
  });

  it('sets a new password for the user', async () => {
    const detail = new UserDetailPage(s.page);
    await detail.setPassword('jane-reset-2');
    await expect(signInApi(e2e.url, { login: newUser.login, password: 'jane-reset-2' })).resolves.toBeDefined();
    await expect(signInApi(e2e.url, newUser)).rejects.toThrow(/UNAUTHENTICATED|invalid|wrong/i);
  });

  it('lists the new user, and finds them by search', async () => {
    await layout.navigate('users');
    const users = new UsersPage(s.page);
    await users.row(newUser.login).waitFor();
    expect(await users.logins()).toEqual(expect.arrayContaining([newUser.login, 'bystander']));

    await users.searchFor('jane');
    await expect.poll(() => users.logins(), { timeout: 10_000 }).toEqual([newUser.login]);
  });
});
