import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { GqlClient } from '../../test/client';
import { createEndUser, createReseller, setupMaster, type MasterClient } from '../../test/factories';

const VIEWER = `query { viewer { user { login } } branding { companyName } }`;

/*
 * RES-2: a reseller's panel answers only on its own host names. Its people are signed in there
 * only; the master's panel is reached by IP and by the master's host.
 */
describeApi('a reseller’s panel answers only on its own host (RES-2)', (api) => {
  let master: MasterClient;

  beforeAll(async () => {
    master = await setupMaster(api);
  });

  it('by IP the master’s company answers; a reseller’s session cookie signs no one in off its host', async () => {
    const blue = await createReseller(master, api, { name: 'Blue Hosting' });
    const alice = await createEndUser(blue, api);
    // On its host: Blue's panel, with Blue's people signed in.
    expect((await alice.ok(VIEWER)).branding.companyName).toBe('Blue Hosting');
    expect((await alice.ok(VIEWER)).viewer.user.login).toBe(alice.login);

    // By IP (and any other host): the master's panel, never Blue's.
    const byIp = api.client(`127.0.0.1:${api.port}`);
    expect((await byIp.ok(VIEWER)).branding.companyName).not.toBe('Blue Hosting');
    expect((await api.client(`203.0.113.9:${api.port}`).ok(VIEWER)).branding.companyName).not.toBe('Blue Hosting');

    // Blue's cookies carried to the IP or to another company's host sign nobody in.
    const token = alice.sessionCookie!;
    expect(token).toBeTruthy();
    const other = await createReseller(master, api, { name: 'Green Hosting' });
    for (const host of [`127.0.0.1:${api.port}`, other.cpHost]) {
      const carried = new GqlClient(api.port, host);
      carried.sessionCookie = token;
      expect((await carried.ok(VIEWER)).viewer).toBeNull();
    }
    // Nor can Blue's admin sign in off its host: the login is looked up in the host's company.
    const login = await byIp.gql(`mutation($i: LoginInput!) { login(input: $i) { user { id } } }`, {
      i: { login: blue.login, password: blue.password },
    });
    expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Back on its host the same cookie still works.
    expect((await alice.ok(VIEWER)).viewer.user.login).toBe(alice.login);
  });
});
