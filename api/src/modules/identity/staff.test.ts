import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  createStaff,
  PASSWORD,
  setupMaster,
  signIn,
  whoAmI,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';

describeApi('support staff logins', (api) => {
  let master: MasterClient;
  let reseller: ResellerAdminClient;
  let customer: EndUserClient;

  beforeAll(async () => {
    master = await setupMaster(api);
    reseller = await createReseller(master, api);
    customer = await createEndUser(master, api);
  });

  const LIST = `{ staffLogins { id login email role disabledAt } }`;

  it('an admin creates a staff login in their own company; it signs in there as SUPPORT_STAFF', async () => {
    const staff = await createStaff(reseller, api, { login: 'helpdesk1' });
    const me = await whoAmI(staff);
    expect(me).toMatchObject({ role: 'SUPPORT_STAFF', reseller: { id: reseller.resellerId } });
    const list = (await reseller.ok(LIST)).staffLogins;
    expect(list).toEqual([
      { id: staff.userId, login: 'helpdesk1', email: 'helpdesk1@staff.test', role: 'SUPPORT_STAFF', disabledAt: null },
    ]);
    // The master's list is its own company's only: never a reseller's staff.
    expect((await master.ok(LIST)).staffLogins).toEqual([]);
    // The login is the reseller's: it does not exist on the master's panel.
    const elsewhere = await api
      .client()
      .fails(`mutation { login(input: { login: "helpdesk1", password: "${PASSWORD}" }) { role } }`);
    expect(elsewhere.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses bad input with the field named, and a taken login; nothing is created', async () => {
    const before = (await master.ok(LIST)).staffLogins.length;
    const bad = await master.fails(
      `mutation { createStaffLogin(input: { login: "x", email: "not-an-address", password: "short" }) { id } }`,
    );
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (bad.extensions?.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['email', 'login', 'password']);
    await createStaff(master, api, { login: 'desk' });
    const taken = await master.fails(
      `mutation { createStaffLogin(input: { login: "desk", email: "d@x.test", password: "${PASSWORD}" }) { id } }`,
    );
    expect(taken.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'login' }] });
    expect((await master.ok(LIST)).staffLogins.length).toBe(before + 1);
  });

  it('staff may keep their own session and password, and nothing a customer or an admin does', async () => {
    const staff = await createStaff(master, api);
    // Admin work, customer work and the staff list itself are refused…
    for (const query of [
      `{ staffLogins { id } }`,
      `{ users(first: 5) { totalCount } }`,
      `{ invoices(first: 5) { totalCount } }`,
      `{ domains { id } }`,
      `mutation { createStaffLogin(input: { login: "sneaky", email: "s@x.test", password: "${PASSWORD}" }) { id } }`,
    ]) {
      const err = await staff.fails(query);
      expect(err.extensions?.code, query).toBe('FORBIDDEN');
    }
    // …their own preferences and password are theirs.
    await staff.ok(`mutation { updatePreferences(input: { language: DE }) { language } }`);
    await staff.ok(
      `mutation { changePassword(input: { currentPassword: "${PASSWORD}", newPassword: "another-good-one" }) }`,
    );
    await staff.ok(`mutation { logout }`);
    expect(await whoAmI(staff)).toBeNull();
  });

  it('a disabled staff login is signed out at once and cannot sign in; enabled again, it can', async () => {
    const staff = await createStaff(reseller, api);
    const off = await reseller.ok(
      `mutation($id: ID!) { setStaffLoginDisabled(id: $id, disabled: true) { disabledAt } }`,
      {
        id: staff.userId,
      },
    );
    expect(off.setStaffLoginDisabled.disabledAt).not.toBeNull();
    expect(await whoAmI(staff)).toBeNull();
    const refused = await api
      .client(reseller.host)
      .fails(`mutation { login(input: { login: "${staff.login}", password: "${PASSWORD}" }) { role } }`);
    expect(refused).toMatchObject({ message: expect.stringMatching(/disabled/), extensions: { code: 'FORBIDDEN' } });
    await reseller.ok(`mutation($id: ID!) { setStaffLoginDisabled(id: $id, disabled: false) { id } }`, {
      id: staff.userId,
    });
    expect(await whoAmI(await signIn(api, reseller.host, staff.login, PASSWORD))).toMatchObject({
      role: 'SUPPORT_STAFF',
    });
  });

  it('another company’s staff login, an admin or a customer is NOT_FOUND to setStaffLoginDisabled', async () => {
    const theirs = await createStaff(reseller, api);
    for (const id of [theirs.userId, reseller.userId, customer.userId, master.userId]) {
      const err = await master.fails(`mutation($id: ID!) { setStaffLoginDisabled(id: $id, disabled: true) { id } }`, {
        id,
      });
      expect(err.extensions?.code).toBe('NOT_FOUND');
    }
    expect(await whoAmI(theirs)).toMatchObject({ role: 'SUPPORT_STAFF' });
    expect(await whoAmI(customer)).toMatchObject({ role: 'END_USER' });
  });
});
