import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../test/api';
import { createPlan } from '../modules/billing/testing';
import { createEndUser, createReseller, setupMaster, signIn, type MasterClient } from '../test/factories';

const R = {
  suspend: `mutation($id: ID!, $r: String!) { suspendReseller(id: $id, reason: $r) { id status suspendedReason suspendedAt } }`,
  resume: `mutation($id: ID!) { resumeReseller(id: $id) { id status suspendedReason } }`,
  delete: `mutation($id: ID!) { deleteReseller(id: $id) }`,
  update: `mutation($id: ID!, $i: UpdateResellerInput!) { updateReseller(id: $id, input: $i) { id name cpHost legalName address taxId supportEmail supportPhone } }`,
  own: `mutation($i: ResellerSettingsInput!) { updateResellerSettings(input: $i) { id legalName supportEmail } }`,
  get: `query($id: ID!) { reseller(id: $id) { id name cpHost status legalName address taxId supportEmail supportPhone } }`,
  account: `query($id: ID!) { account(id: $id) { id status suspendedReason } }`,
  suspendAccount: `mutation($id: ID!) { suspendAccount(id: $id, reason: "unpaid extras") { id status } }`,
  branding: `query { branding { companyName suspended } }`,
  viewer: `query { viewer { user { login } } }`,
};

describeApi('the master admin runs resellers: edit, suspend, resume, delete', (api) => {
  let master: MasterClient;

  beforeAll(async () => {
    master = await setupMaster(api);
  });

  it('suspending a reseller keeps its users out and suspends its active accounts; resuming brings back just those', async () => {
    const admin = await createReseller(master, api, { name: 'Blue Hosting' });
    const resellerId = admin.resellerId;
    const alice = await createEndUser(admin, api, { accounts: 2 });
    const [open, alreadySuspended] = alice.accountIds;
    await admin.ok(R.suspendAccount, { id: alreadySuspended });
    const other = await createReseller(master, api, { name: 'Green Hosting' });
    const bob = await createEndUser(other, api);

    // Only the master admin, and never the master's own company.
    expect((await admin.gql(R.suspend, { id: resellerId, r: 'x' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const root = await master.gql(R.suspend, { id: master.resellerId, r: 'x' });
    expect(root.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const suspended = (await master.ok(R.suspend, { id: resellerId, r: 'Contract ended' })).suspendReseller;
    expect(suspended).toMatchObject({ status: 'SUSPENDED', suspendedReason: 'Contract ended' });
    expect((await master.gql(R.suspend, { id: resellerId, r: '' })).errors?.[0]?.message).toMatch(/suspended already/);

    // Its panel says so; nobody signs in or up there; sessions held are signed out meanwhile.
    expect((await api.client(admin.cpHost).ok(R.branding)).branding).toEqual({
      companyName: 'Blue Hosting',
      suspended: true,
    });
    expect((await admin.ok(R.viewer)).viewer).toBeNull();
    expect((await alice.ok(R.viewer)).viewer).toBeNull();
    const login = await api.client(admin.cpHost).gql(`mutation($i: LoginInput!) { login(input: $i) { user { id } } }`, {
      i: { login: admin.login, password: admin.password },
    });
    expect(login.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(login.errors?.[0]?.message).toMatch(/Blue Hosting is suspended/);
    // Another reseller's people are untouched.
    expect((await bob.ok(R.viewer)).viewer.user.login).toBe(bob.login);
    expect((await api.client(other.cpHost).ok(R.branding)).branding.suspended).toBe(false);

    const status = async (id: string) => (await master.ok(R.account, { id })).account;
    expect(await status(open!)).toMatchObject({
      status: 'SUSPENDED',
      suspendedReason: 'Suspended with its hosting company',
    });
    expect((await status(alreadySuspended!)).status).toBe('SUSPENDED');
    expect((await status(bob.accountIds[0]!)).status).toBe('ACTIVE');

    const resumed = (await master.ok(R.resume, { id: resellerId })).resumeReseller;
    expect(resumed).toMatchObject({ status: 'ACTIVE', suspendedReason: null });
    expect(await status(open!)).toMatchObject({ status: 'ACTIVE', suspendedReason: null });
    expect((await status(alreadySuspended!)).status).toBe('SUSPENDED'); // its own suspension stays
    expect((await admin.ok(R.viewer)).viewer.user.login).toBe(admin.login); // the session held comes back
    await signIn(api, admin.cpHost, admin.login, admin.password);
    expect((await master.gql(R.resume, { id: resellerId })).errors?.[0]?.message).toMatch(/active already/);

    // The company's audit trail says who did it.
    const trail = (await admin.ok(`query { auditEvents(first: 20) { nodes { action detail } } }`)).auditEvents.nodes;
    expect(trail.slice(0, 2)).toEqual([
      { action: 'reseller.resumed', detail: 'Resumed by the master admin with 1 account(s)' },
      { action: 'reseller.suspended', detail: 'Suspended by the master admin with 1 account(s): Contract ended' },
    ]);
  });

  it('the master edits a reseller’s name, host and company details; bad input names the field and changes nothing', async () => {
    const admin = await createReseller(master, api, { name: 'Old Name' });
    const other = await createReseller(master, api);
    const id = admin.resellerId;
    const before = (await master.ok(R.get, { id })).reseller;

    const bad = await master.gql(R.update, {
      id,
      i: { name: 'New Name', supportEmail: 'not-an-address', supportPhone: 'call me', cpHost: other.cpHost },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (bad.errors?.[0]?.extensions?.fields ?? []).map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['supportEmail', 'supportPhone']);
    const taken = await master.gql(R.update, { id, i: { cpHost: other.cpHost.toUpperCase() } });
    expect(taken.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'cpHost', message: 'is already used by another reseller' },
    ]);
    expect((await master.ok(R.get, { id })).reseller).toEqual(before);

    const updated = (
      await master.ok(R.update, {
        id,
        i: {
          name: 'New Name',
          legalName: 'New Name Hosting Ltd',
          address: '1 Harbour Street\nSouthport',
          taxId: 'GB 123 4567 89',
          supportEmail: 'help@newname.example',
          supportPhone: '+44 20 7946 0000',
        },
      })
    ).updateReseller;
    expect(updated).toMatchObject({
      name: 'New Name',
      cpHost: admin.cpHost,
      legalName: 'New Name Hosting Ltd',
      address: '1 Harbour Street\nSouthport',
      supportPhone: '+44 20 7946 0000',
    });
    // Empty clears; omitted stays.
    const cleared = (await master.ok(R.update, { id, i: { taxId: '' } })).updateReseller;
    expect(cleared).toMatchObject({ taxId: null, supportEmail: 'help@newname.example' });
    // A reseller admin keeps its own details, and cannot edit through the master's operation.
    expect((await admin.ok(R.own, { i: { legalName: 'Own Ltd' } })).updateResellerSettings.legalName).toBe('Own Ltd');
    expect((await admin.gql(R.update, { id, i: { name: 'x' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await other.gql(R.get, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Its admins, for the master's "log in as"; a reseller admin sees its own company's.
    const admins = `query($id: ID!) { reseller(id: $id) { admins { login role } } }`;
    expect((await master.ok(admins, { id })).reseller.admins).toEqual([{ login: admin.login, role: 'RESELLER_ADMIN' }]);
    expect((await admin.ok(admins, { id })).reseller.admins).toEqual([{ login: admin.login, role: 'RESELLER_ADMIN' }]);
  });

  it('the product’s name is the master’s to show on its own panel, and never on a reseller’s', async () => {
    const admin = await createReseller(master, api);
    const productCredit = async (host?: string) =>
      (await api.client(host).ok(`query { branding { productCredit } }`)).branding.productCredit;
    expect(await productCredit()).toBe(true); // the master's panel, by default
    expect(await productCredit(admin.cpHost)).toBe(false);
    const own = `mutation($i: ResellerSettingsInput!) { updateResellerSettings(input: $i) { productCredit } }`;
    const refused = await admin.gql(own, { i: { productCredit: true } });
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'productCredit', message: 'only the master’s company may name the product on its panel' },
    ]);
    expect(await productCredit(admin.cpHost)).toBe(false);
    expect((await master.ok(own, { i: { productCredit: false } })).updateResellerSettings.productCredit).toBe(false);
    expect(await productCredit()).toBe(false);
    await master.ok(own, { i: { productCredit: true } });
    expect(await productCredit()).toBe(true);
  });

  it('a reseller with accounts is not deleted; one without goes with its logins', async () => {
    const busy = await createReseller(master, api);
    await createEndUser(busy, api);
    const refused = await master.gql(R.delete, { id: busy.resellerId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/still has 1 account/);

    const empty = await createReseller(master, api);
    await createPlan(empty); // a plan of its own goes with it
    expect((await empty.gql(R.delete, { id: empty.resellerId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await master.ok(R.delete, { id: empty.resellerId })).deleteReseller).toBe(true);
    expect((await master.gql(R.get, { id: empty.resellerId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await empty.ok(R.viewer)).viewer).toBeNull();
    expect((await master.gql(R.delete, { id: master.resellerId })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
