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

  it('a reseller’s other host names serve its panel too; each host name belongs to one company', async () => {
    const blue = await createReseller(master, api, { name: 'Blue Aliases' });
    const green = await createReseller(master, api, { name: 'Green Aliases' });
    const UPDATE = `mutation($id: ID!, $i: UpdateResellerInput!) { updateReseller(id: $id, input: $i) { cpHost cpHostAliases } }`;
    const alias = `panel.${blue.cpHost}`;
    const set = (await master.ok(UPDATE, { id: blue.resellerId, i: { cpHostAliases: [alias, `cp2.${blue.cpHost}`] } }))
      .updateReseller;
    expect(set).toEqual({ cpHost: blue.cpHost, cpHostAliases: [alias, `cp2.${blue.cpHost}`] });

    // On the alias: Blue's panel; its admin signs in there, and the session holds there.
    const onAlias = api.client(`${alias}:${api.port}`);
    expect((await onAlias.ok(VIEWER)).branding.companyName).toBe('Blue Aliases');
    await onAlias.ok(`mutation($i: LoginInput!) { login(input: $i) { user { id } } }`, {
      i: { login: blue.login, password: blue.password },
    });
    expect((await onAlias.ok(VIEWER)).viewer.user.login).toBe(blue.login);
    // Carried to Green's host, the same cookie signs nobody in.
    const carried = new GqlClient(api.port, green.cpHost);
    carried.sessionCookie = onAlias.sessionCookie;
    expect((await carried.ok(VIEWER)).viewer).toBeNull();

    // A host name another company has (main or other) is refused, naming the entry; nothing changes.
    const refused = await master.gql(UPDATE, {
      id: green.resellerId,
      i: { cpHostAliases: ['free.example.com', alias] },
    });
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'cpHostAliases.1', message: 'is already used by another reseller' },
    ]);
    const mainTaken = await master.gql(UPDATE, { id: green.resellerId, i: { cpHost: alias } });
    expect(mainTaken.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'cpHost', message: 'is already used by another reseller' },
    ]);
    const bad = await master.gql(UPDATE, {
      id: green.resellerId,
      i: { cpHostAliases: ['10.0.0.1', 'ok.example.com', 'ok.example.com'] },
    });
    expect(bad.errors?.[0]?.extensions?.fields?.map((f: { field: string }) => f.field)).toEqual([
      'cpHostAliases.0',
      'cpHostAliases.2',
    ]);
    expect(
      (await master.ok(`query($id: ID!) { reseller(id: $id) { cpHostAliases } }`, { id: green.resellerId })).reseller,
    ).toEqual({ cpHostAliases: [] });
    // Its own admin reads them; end users and other companies cannot.
    expect(
      (await blue.ok(`query($id: ID!) { reseller(id: $id) { cpHostAliases } }`, { id: blue.resellerId })).reseller
        .cpHostAliases,
    ).toHaveLength(2);
    const foreign = await green.gql(`query($id: ID!) { reseller(id: $id) { cpHostAliases } }`, { id: blue.resellerId });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // Emptying the list takes the alias away: it is the master's again.
    await master.ok(UPDATE, { id: blue.resellerId, i: { cpHostAliases: [] } });
    expect((await onAlias.ok(VIEWER)).branding.companyName).not.toBe('Blue Aliases');
    expect((await onAlias.ok(VIEWER)).viewer).toBeNull();
  });
});
