import { beforeAll, describe, expect, it } from 'vitest';
import { Layout } from '../pages/layout.page';
import { signIn } from '../pages/login.page';
import { CreateUserPage, UserDetailPage, UsersPage } from '../pages/users.page';
import { DatabasesPage } from '../pages/databases.page';
import { DomainPage } from '../pages/domains.page';
import { createEndUser, setupMasterAdmin, signInApi, type MasterAdmin } from '../support/api';
import { createMysqlDatabase, seedDomainHosting, seedMysqlServer } from '../support/cluster';
import { tid } from '../support/tid';
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

  it('shows what each account hosts: its domains open under the user, its sites open the live site, its databases', async () => {
    await seedDomainHosting(admin.client);
    await seedMysqlServer(admin.client);
    const detail = new UserDetailPage(s.page);
    await s.page.goto(`/admin/users/${userId}`);
    await detail.accountRows.first().waitFor();
    const [accountId] = await detail.accountIds();
    const { addDomain } = await admin.client.request<{ addDomain: { id: string } }>(
      `mutation ($input: AddDomainInput!) { addDomain(input: $input) { id } }`,
      { input: { accountId, kind: 'OWN', name: 'jane-shop.com' } },
    );
    const db = await createMysqlDatabase(admin.client, { accountId, name: 'shop' });
    await s.page.reload();
    await detail.root.waitFor();
    await expect.poll(async () => (await detail.hosting(accountId!)).domains.length, { timeout: 10_000 }).toBe(1);
    const hosting = await detail.hosting(accountId!);
    expect(hosting.domains).toEqual([
      { name: 'jane-shop.com', href: `/admin/users/${userId}/domains/${addDomain.id}` },
    ]);
    expect(hosting.sites[0]).toEqual({ host: 'jane-shop.com', href: 'http://jane-shop.com/' });
    expect(hosting.databases).toEqual([db.name]);
    // The account's name opens its page (billing) too.
    expect(await detail.accountRows.first().locator(tid('account-link')).getAttribute('href')).toBe(
      `/admin/accounts/${accountId}/billing`,
    );
    for (const width of [1366, 390]) {
      await s.page.setViewportSize({ width, height: 900 });
      await s.page.screenshot({ path: `/tmp/edges-user-page-${width}.png`, fullPage: true });
    }
    await s.page.setViewportSize({ width: 1280, height: 800 });

    // The admin has no account of their own, and still opens the customer's domain; the way back is the user.
    await s.page
      .locator(`${tid('user-domain')} a`)
      .first()
      .click();
    const domain = new DomainPage(s.page);
    await expect.poll(() => domain.titleText()).toBe('jane-shop.com');
    await s.page.locator(tid('back')).click();
    await detail.root.waitFor();
    expect(detail.userId()).toBe(userId);

    // Its database opens the account's databases page, where the admin adds a database user for the
    // customer and lets it use the database (on the real MariaDB); the way back is the user again.
    await s.page
      .locator(`${tid('user-database')} a`)
      .first()
      .click();
    const databases = new DatabasesPage(s.page);
    await databases.root.waitFor();
    expect(new URL(s.page.url()).pathname).toBe(`/admin/users/${userId}/accounts/${accountId}/databases`);
    await expect.poll(() => databases.databaseState(db.name), { timeout: 20_000 }).toBe('ACTIVE');
    expect(await databases.prefix()).toBe(`a${accountId}_`);
    const dbUser = await databases.createUser('shopapp', 'pw-shopapp-secret');
    expect(dbUser.name).toBe(`a${accountId}_shopapp`);
    await expect.poll(() => databases.userState(dbUser.name), { timeout: 20_000 }).toBe('ACTIVE');
    await databases.grant(dbUser.name, db.name);
    await expect.poll(() => databases.grants(dbUser.name), { timeout: 20_000 }).toEqual([db.name]);
    await e2e.screenshot(s.page, 'user-account-databases');
    // The customer sees the same user, with the same grant, in their own account.
    const customer = await signInApi(e2e.url, { login: newUser.login, password: 'jane-reset-2' });
    const { mysqlUsers } = await customer.request<{ mysqlUsers: { name: string; databases: { name: string }[] }[] }>(
      `query ($a: ID!) { mysqlUsers(accountId: $a) { name databases { name } } }`,
      { a: accountId },
    );
    expect(mysqlUsers).toEqual([{ name: dbUser.name, databases: [{ name: db.name }] }]);
    await s.page.locator(tid('back')).click();
    await detail.root.waitFor();
    expect(detail.userId()).toBe(userId);
  });

  it('a user that does not exist offers the way back to the users and home, not “Try again”', async () => {
    await s.page.goto('/admin/users/999999');
    const notFound = s.page.locator(tid('not-found'));
    await notFound.waitFor();
    expect(await s.page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(await notFound.locator(tid('not-found-home')).getAttribute('href')).toBe('/');
    for (const width of [1366, 390]) {
      await s.page.setViewportSize({ width, height: 900 });
      await s.page.screenshot({ path: `/tmp/edges-not-found-${width}.png`, fullPage: true });
    }
    await s.page.setViewportSize({ width: 1280, height: 800 });
    expect((await s.page.locator(tid('page-title')).innerText()).trim()).toBe('User not found');
    await notFound.locator(tid('not-found-list')).click();
    await new UsersPage(s.page).row(newUser.login).waitFor();
    expect(new URL(s.page.url()).pathname).toBe('/admin/users');

    // A domain that does not exist says so, with the same ways back.
    await s.page.goto(`/admin/users/${userId}/domains/999999`);
    await notFound.waitFor();
    expect((await s.page.locator(tid('page-title')).innerText()).trim()).toBe('Domain not found');
    expect(await notFound.locator(tid('not-found-list')).getAttribute('href')).toBe('/admin/users');
    expect(await s.page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await s.page.screenshot({ path: '/tmp/edges-not-found-domain-1280.png', fullPage: true });
  });
});
