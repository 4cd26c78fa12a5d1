import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  signIn,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';

const PREFS = `{ viewer { preferences { skin textOnly language skinChosen } } }`;
const UPDATE = `mutation($input: PreferencesInput!) { updatePreferences(input: $input) { skin textOnly language skinChosen } }`;
const SETTINGS = `mutation($input: ResellerSettingsInput!) { updateResellerSettings(input: $input) { id name defaultSkin defaultLanguage } }`;
const DEFAULTS = { skin: 'LEFT_MENU', textOnly: false, language: 'EN', skinChosen: false };

const prefsOf = async (c: EndUserClient) => (await c.ok(PREFS)).viewer.preferences;

describeApi('preferences and skins (LF-1, LF-3)', (api) => {
  let master: MasterClient;
  let reseller: ResellerAdminClient;
  let chooser: EndUserClient;
  let follower: EndUserClient;
  let rootUser: EndUserClient;

  beforeAll(async () => {
    master = await setupMaster(api);
    reseller = await createReseller(master, api);
    [chooser, follower] = [await createEndUser(reseller, api), await createEndUser(reseller, api)];
    rootUser = await createEndUser(master, api);
  });

  it('a new user follows the defaults', async () => {
    expect(await prefsOf(chooser)).toEqual(DEFAULTS);
  });

  it('updatePreferences persists across logout and login; omitted fields stay', async () => {
    const set = await chooser.ok(UPDATE, { input: { skin: 'NO_MENU', textOnly: true, language: 'DE' } });
    expect(set.updatePreferences).toEqual({ skin: 'NO_MENU', textOnly: true, language: 'DE', skinChosen: true });
    await chooser.ok(`mutation { logout }`);
    const again = await signIn(api, reseller.cpHost, chooser.login, chooser.password);
    expect((await again.ok(PREFS)).viewer.preferences).toEqual({
      skin: 'NO_MENU',
      textOnly: true,
      language: 'DE',
      skinChosen: true,
    });
    chooser = Object.assign(again, {
      login: chooser.login,
      password: chooser.password,
      accountIds: chooser.accountIds,
    });

    const partial = await chooser.ok(UPDATE, { input: { textOnly: false } });
    expect(partial.updatePreferences).toEqual({ skin: 'NO_MENU', textOnly: false, language: 'DE', skinChosen: true });
    expect(await prefsOf(follower)).toEqual(DEFAULTS); // nobody else changed
  });

  it("the admin's default skin applies to users who have not chosen one, on this reseller only", async () => {
    const data = await reseller.ok(SETTINGS, { input: { defaultSkin: 'EXPRESSIA' } });
    expect(data.updateResellerSettings).toMatchObject({ id: reseller.resellerId, defaultSkin: 'EXPRESSIA' });
    expect(await prefsOf(follower)).toEqual({ ...DEFAULTS, skin: 'EXPRESSIA' });
    expect((await prefsOf(chooser)).skin).toBe('NO_MENU');
    expect(await prefsOf(rootUser)).toEqual(DEFAULTS);
    expect((await api.client(reseller.cpHost).ok(`{ branding { defaultSkin } }`)).branding.defaultSkin).toBe(
      'EXPRESSIA',
    );
    expect((await api.client().ok(`{ branding { defaultSkin } }`)).branding.defaultSkin).toBe('LEFT_MENU');
  });

  it('resetSkin returns to the reseller default and keeps the other choices', async () => {
    const data = await chooser.ok(UPDATE, { input: { resetSkin: true } });
    expect(data.updatePreferences).toEqual({ skin: 'EXPRESSIA', textOnly: false, language: 'DE', skinChosen: false });
    // Now it follows the default when the admin changes it again.
    await reseller.ok(SETTINGS, { input: { defaultSkin: 'NO_MENU', defaultLanguage: 'DE' } });
    expect(await prefsOf(chooser)).toEqual({ skin: 'NO_MENU', textOnly: false, language: 'DE', skinChosen: false });
    expect(await prefsOf(follower)).toEqual({ skin: 'NO_MENU', textOnly: false, language: 'DE', skinChosen: false });
  });

  it('bad values are refused and change nothing', async () => {
    const before = await prefsOf(follower);
    const badSkin = await follower.gql(UPDATE, { input: { skin: 'PURPLE' } });
    expect(badSkin.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badName = await reseller.fails(SETTINGS, { input: { name: '   ' } });
    expect(badName.extensions?.fields?.map((f) => f.field)).toEqual(['name']);
    expect(await prefsOf(follower)).toEqual(before);
    expect((await api.client(reseller.cpHost).ok(`{ branding { companyName } }`)).branding.companyName).toMatch(
      /^Reseller /,
    );
  });

  it('end users cannot change the reseller settings', async () => {
    expect((await follower.fails(SETTINGS, { input: { defaultSkin: 'LEFT_MENU' } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await prefsOf(follower)).skin).toBe('NO_MENU');
  });
});
