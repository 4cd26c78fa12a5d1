import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  PASSWORD,
  setupMaster,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { codeAt, enrolTotp, passwordStep, TF } from './two-factor.testing';

const Q = {
  policy: `mutation($r: Boolean!) { setAdminsNeedTwoFactor(required: $r) { id adminsNeedTwoFactor } }`,
  company: `{ viewer { reseller { id adminsNeedTwoFactor } twoFactor { enrolmentRequired } } }`,
  users: `{ users(first: 5) { totalCount } }`,
  impersonate: `mutation($u: ID!) { impersonateUser(userId: $u) }`,
  redeem: `mutation($t: String!) { redeemImpersonation(token: $t) { user { login } } }`,
};

describeApi('a company requires two-factor sign-in of its admins', (api) => {
  let master: MasterClient;
  let radmin: ResellerAdminClient;
  let other: ResellerAdminClient;

  beforeAll(async () => {
    master = await setupMaster(api);
    radmin = await createReseller(master, api, { name: 'Blue Hosting' });
    other = await createReseller(master, api, { name: 'Green Hosting' });
  });

  it('an admin without a second factor cannot require one (they would lock themselves out); nothing changes', async () => {
    const refused = await radmin.fails(Q.policy, { r: true });
    expect(refused.extensions?.code).toBe('CONFLICT');
    expect((await radmin.ok(Q.company)).viewer.reseller.adminsNeedTwoFactor).toBe(false);
    // Only admins set it.
    const alice = await createEndUser(radmin, api);
    expect((await alice.fails(Q.policy, { r: false })).extensions?.code).toBe('FORBIDDEN');
  });

  it('an admin without a second factor under the policy can only set one up; then everything works again', async () => {
    const { secret } = await enrolTotp(radmin);
    expect((await radmin.ok(Q.policy, { r: true })).setAdminsNeedTwoFactor.adminsNeedTwoFactor).toBe(true);
    // The policy is the company's own: the other reseller and the master's company are unaffected.
    expect((await other.ok(Q.company)).viewer.reseller.adminsNeedTwoFactor).toBe(false);
    expect((await other.ok(Q.users)).users.totalCount).toBeGreaterThanOrEqual(0);
    expect((await master.ok(Q.company)).viewer.reseller.adminsNeedTwoFactor).toBe(false);

    // The admin turns the app off: the policy now holds them to setting one up again.
    await radmin.ok(TF.disable, { input: { code: await codeAt(secret) } });
    expect((await radmin.ok(Q.company)).viewer.twoFactor.enrolmentRequired).toBe(true);
    const refused = await radmin.gql(Q.users);
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'TWO_FACTOR_ENROLMENT_REQUIRED',
    });
    expect(refused.data ?? null).toBeNull();
    // Mutations too, and with the refused field hidden behind an allowed one or a fragment.
    const mixed = await radmin.gql(`{ viewer { user { login } } users(first: 1) { totalCount } }`);
    expect(mixed.errors?.[0]?.extensions?.reason).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    const fragment = await radmin.gql(`query { ...F } fragment F on Query { users(first: 1) { totalCount } }`);
    expect(fragment.errors?.[0]?.extensions?.reason).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    const changed = await radmin.gql(Q.policy, { r: false });
    expect(changed.errors?.[0]?.extensions?.reason).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    expect(
      (await master.ok(`{ reseller(id: "${radmin.resellerId}") { adminsNeedTwoFactor } }`)).reseller
        .adminsNeedTwoFactor,
    ).toBe(true);

    // Their own customers are not admins: unaffected.
    const bob = await createEndUser(master, api, { resellerId: radmin.resellerId, host: radmin.cpHost });
    expect((await bob.ok(Q.company)).viewer.twoFactor.enrolmentRequired).toBe(false);
    expect((await bob.ok(`{ viewer { accounts { id } } }`)).viewer.accounts).toHaveLength(1);

    // Signing in again still works (with the password alone: they have no factor), into the same corner.
    const again = api.client(radmin.cpHost);
    await again.ok(TF.login, { login: radmin.login, password: PASSWORD });
    expect((await again.gql(Q.users)).errors?.[0]?.extensions?.reason).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');

    // Setting up an app is allowed, and lifts the block.
    await enrolTotp(again);
    expect((await again.ok(Q.company)).viewer.twoFactor.enrolmentRequired).toBe(false);
    expect((await again.ok(Q.users)).users.totalCount).toBeGreaterThan(0);
    // From now on the second factor is asked at sign-in.
    await passwordStep(api, radmin.cpHost, radmin.login);
  });

  it('an admin “logged in as” another admin of a company with the policy is not held by it (impersonation is unaffected)', async () => {
    // radmin's company requires it; radmin has an app. The master signs in as radmin on the reseller's panel.
    const url = (await master.ok(Q.impersonate, { u: radmin.userId })).impersonateUser as string;
    const browser = api.client(radmin.cpHost);
    await browser.ok(Q.redeem, { t: new URL(url).hash.slice(1) });
    expect((await browser.ok(Q.users)).users.totalCount).toBeGreaterThan(0);
    // And the session as radmin cannot touch radmin's second factors.
    expect((await browser.fails(TF.disable, { input: { password: PASSWORD } })).extensions?.code).toBe('FORBIDDEN');
    expect((await browser.fails(`mutation { startPasskeyRegistration }`)).extensions?.code).toBe('FORBIDDEN');
  });

  it('the master requires it of the master’s admins, and lifts it', async () => {
    await enrolTotp(master);
    expect((await master.ok(Q.policy, { r: true })).setAdminsNeedTwoFactor).toEqual({
      id: master.resellerId,
      adminsNeedTwoFactor: true,
    });
    // Resellers keep their own setting.
    expect((await other.ok(Q.company)).viewer.reseller.adminsNeedTwoFactor).toBe(false);
    expect((await master.ok(Q.policy, { r: false })).setAdminsNeedTwoFactor.adminsNeedTwoFactor).toBe(false);
  });

  it('an admin turns off the second factors of a user who lost them; another company’s admin cannot, nor anyone their own', async () => {
    const carl = await createEndUser(radmin, api);
    await enrolTotp(carl);
    const userQ = `query($id: ID!) { user(id: $id) { login twoFactorEnabled } }`;
    expect((await radmin.ok(userQ, { id: carl.userId })).user.twoFactorEnabled).toBe(true);

    const reset = `mutation($id: ID!) { resetUserTwoFactor(id: $id) { id twoFactorEnabled } }`;
    expect((await other.fails(reset, { id: carl.userId })).extensions?.code).toBe('NOT_FOUND');
    expect((await carl.fails(reset, { id: carl.userId })).extensions?.code).toBe('FORBIDDEN');
    expect((await radmin.fails(reset, { id: radmin.userId })).extensions?.code).toBe('CONFLICT');
    expect((await radmin.fails(reset, { id: 'x' })).extensions?.code).toBe('BAD_USER_INPUT');
    // Nothing changed by the refusals: the code is still asked for.
    await passwordStep(api, radmin.cpHost, carl.login);

    expect((await radmin.ok(reset, { id: carl.userId })).resetUserTwoFactor).toEqual({
      id: carl.userId,
      twoFactorEnabled: false,
    });
    await api.client(radmin.cpHost).ok(TF.login, { login: carl.login, password: PASSWORD });
    expect((await carl.ok(TF.state)).viewer.twoFactor).toMatchObject({ totpEnabled: false, recoveryCodesLeft: 0 });
  });
});
