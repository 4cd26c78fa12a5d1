import { beforeAll, expect, it } from 'vitest';
import { ImpersonationTicket } from '../modules/identity';
import { describeApi } from '../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../test/factories';

const Q = {
  start: `mutation($u: ID!) { impersonateUser(userId: $u) }`,
  redeem: `mutation($t: String!) { redeemImpersonation(token: $t) { user { login } role } }`,
  end: `mutation { endImpersonation }`,
  viewer: `query { viewer { user { id login } impersonator { login returnUrl } } }`,
  changePassword: `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`,
  trail: `query { auditEvents(first: 10) { nodes { action detail } } }`,
};

const tokenOf = (url: string) => new URL(url).hash.slice(1);

describeApi('“log in as”: admins sign in as their customers for support', (api) => {
  let master: MasterClient;
  let radmin: ResellerAdminClient;
  let alice: EndUserClient;
  let carol: EndUserClient;

  beforeAll(async () => {
    master = await setupMaster(api);
    radmin = await createReseller(master, api, { name: 'Blue Hosting' });
    alice = await createEndUser(radmin, api);
    carol = await createEndUser(master, api);
  });

  it('the master signs in as a reseller admin on the reseller’s panel, with a one-time link, and returns', async () => {
    const url = (await master.ok(Q.start, { u: radmin.userId })).impersonateUser as string;
    expect(new URL(url).host).toBe(`${radmin.cpHost}:${api.port}`); // the reseller's own panel, from configuration
    expect(new URL(url).pathname).toBe('/impersonate');

    const browser = api.client(radmin.cpHost); // the admin's browser on the reseller's host: no cookie there yet
    const redeemed = (await browser.ok(Q.redeem, { t: tokenOf(url) })).redeemImpersonation;
    expect(redeemed).toEqual({ user: { login: radmin.login }, role: 'RESELLER_ADMIN' });
    const seen = (await browser.ok(Q.viewer)).viewer;
    expect(seen.impersonator).toEqual({ login: master.login, returnUrl: `http://127.0.0.1:${api.port}/` });
    // One use only.
    const again = await browser.fresh().gql(Q.redeem, { t: tokenOf(url) });
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // It acts as the reseller admin, but cannot change their password; the company's trail names the master.
    expect((await browser.ok(`query { users(first: 5) { totalCount } }`)).users.totalCount).toBeGreaterThan(0);
    const pw = await browser.gql(Q.changePassword, {
      i: { currentPassword: radmin.password, newPassword: 'another-pass-123' },
    });
    expect(pw.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reset = await browser.gql(
      `mutation($id: ID!, $i: ResetPasswordInput!) { resetUserPassword(id: $id, input: $i) { id } }`,
      {
        id: radmin.userId,
        i: { newPassword: 'another-pass-123' },
      },
    );
    expect(reset.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // No nesting: from inside, back to one's own panel first.
    const nested = await browser.gql(Q.start, { u: alice.userId });
    expect(nested.errors?.[0]?.message).toMatch(/Return to your own panel/);

    expect((await browser.ok(Q.end)).endImpersonation).toBe(`http://127.0.0.1:${api.port}/`);
    expect((await browser.ok(Q.viewer)).viewer).toBeNull();
    const trail = (await radmin.ok(Q.trail)).auditEvents.nodes.slice(0, 2);
    expect(trail).toEqual([
      { action: 'impersonation.ended', detail: `${master.login} returned from ${radmin.login}` },
      { action: 'impersonation.started', detail: `${master.login} signed in as ${radmin.login}` },
    ]);
    // The reseller admin's own session was never touched.
    expect((await radmin.ok(Q.viewer)).viewer.user.login).toBe(radmin.login);
  });

  it('on the master’s own host the admin’s session waits beside the customer’s, and comes back', async () => {
    const url = (await master.ok(Q.start, { u: carol.userId })).impersonateUser as string;
    await master.ok(Q.redeem, { t: tokenOf(url) });
    expect((await master.ok(Q.viewer)).viewer.user.login).toBe(carol.login);
    await master.ok(Q.end);
    expect((await master.ok(Q.viewer)).viewer).toMatchObject({ user: { login: master.login }, impersonator: null });
  });

  it('a link works once, on its own panel, within a minute', async () => {
    const wrongHost = (await master.ok(Q.start, { u: alice.userId })).impersonateUser as string;
    const onMasterHost = await api.client().gql(Q.redeem, { t: tokenOf(wrongHost) });
    expect(onMasterHost.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const afterwards = await api.client(radmin.cpHost).gql(Q.redeem, { t: tokenOf(wrongHost) });
    expect(afterwards.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED'); // spent by the wrong try

    const late = (await master.ok(Q.start, { u: alice.userId })).impersonateUser as string;
    await api.orm.em.fork().nativeUpdate(ImpersonationTicket, {}, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await api.client(radmin.cpHost).gql(Q.redeem, { t: tokenOf(late) });
    expect(expired.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const garbage = await api.client(radmin.cpHost).gql(Q.redeem, { t: 'x'.repeat(43) });
    expect(garbage.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('who may sign in as whom', async () => {
    // A reseller admin: its own end users only.
    const url = (await radmin.ok(Q.start, { u: alice.userId })).impersonateUser as string;
    expect(new URL(url).host).toBe(`${radmin.cpHost}:${api.port}`);
    const browser = api.client(radmin.cpHost).fresh();
    await browser.ok(Q.redeem, { t: tokenOf(url) });
    expect((await browser.ok(Q.viewer)).viewer.impersonator).toEqual({
      login: radmin.login,
      returnUrl: `http://${radmin.cpHost}:${api.port}/`,
    });
    const code = async (client: EndUserClient | MasterClient | ResellerAdminClient, u: string) =>
      (await client.gql(Q.start, { u })).errors?.[0]?.extensions?.code;
    expect(await code(radmin, carol.userId)).toBe('NOT_FOUND'); // another company's customer
    expect(await code(radmin, master.userId)).toBe('NOT_FOUND');
    const colleague = await createEndUser(master, api); // a root customer: not the reseller's
    expect(await code(radmin, colleague.userId)).toBe('NOT_FOUND');
    expect(await code(radmin, radmin.userId)).toBe('FORBIDDEN');
    expect(await code(master, master.userId)).toBe('FORBIDDEN');
    expect(await code(alice, carol.userId)).toBe('FORBIDDEN'); // end users cannot at all
  });
});
