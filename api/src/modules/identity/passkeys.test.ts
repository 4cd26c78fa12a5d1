import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  PASSWORD,
  setupMaster,
  whoAmI,
  type EndUserClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { systemEm } from '../../db/scope';
import { Passkey } from './passkey.entity';
import { SoftwareAuthenticator } from './passkey-authenticator.testing';
import { passwordStep, TF } from './two-factor.testing';

const Q = {
  start: `mutation { startPasskeyRegistration }`,
  finish: `mutation($input: FinishPasskeyRegistrationInput!) { finishPasskeyRegistration(input: $input) { id name createdAt lastUsedAt } }`,
  remove: `mutation($id: ID!) { removePasskey(id: $id) }`,
  options: `mutation { secondFactorPasskeyOptions }`,
  passkeys: `{ viewer { twoFactor { methods recoveryCodesLeft passkeys { id name lastUsedAt } } } }`,
};

describeApi('passkeys as a second factor (WebAuthn)', (api) => {
  let radmin: ResellerAdminClient;
  let origin: string;

  beforeAll(async () => {
    const master = await setupMaster(api);
    radmin = await createReseller(master, api, { name: 'Blue Hosting' });
    origin = `http://${radmin.cpHost}:${api.port}`;
  });

  /** Registers a passkey made by `authenticator` for `client`; answers the passkey's id. */
  async function register(
    client: EndUserClient | ResellerAdminClient,
    authenticator: SoftwareAuthenticator,
    name: string,
  ) {
    const options = (await client.ok(Q.start)).startPasskeyRegistration as string;
    const response = authenticator.create(options);
    return (await client.ok(Q.finish, { input: { name, response } })).finishPasskeyRegistration.id as string;
  }

  it('registers with the relying party of the company’s own panel host and name, from configuration', async () => {
    const user = await createEndUser(radmin, api);
    const options = JSON.parse((await user.ok(Q.start)).startPasskeyRegistration as string);
    // The reseller's panel host and company name, from configuration.
    expect(options.rp).toEqual({ id: radmin.cpHost, name: 'Blue Hosting' });
    expect(options.challenge).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(options.attestation).toBe('none');
    expect(JSON.stringify(options)).not.toContain('@'); // no e-mail address on the authenticator

    const authenticator = new SoftwareAuthenticator(origin);
    const added = (
      await user.ok(Q.finish, {
        input: { name: '  Work laptop ', response: authenticator.create(JSON.stringify(options)) },
      })
    ).finishPasskeyRegistration;
    expect(added).toMatchObject({ name: 'Work laptop', lastUsedAt: null });
    expect((await user.ok(Q.passkeys)).viewer.twoFactor).toEqual({
      methods: ['PASSKEY'],
      recoveryCodesLeft: 0,
      passkeys: [{ id: added.id, name: 'Work laptop', lastUsedAt: null }],
    });
    // Only the public key is stored.
    const row = await systemEm(api.orm.em, 'the test reads a stored passkey').findOneOrFail(Passkey, {
      id: Number(added.id),
    });
    expect(row.publicKey).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(row.counter).toBe(0);
  });

  it('refuses an answer from another origin, for another RP ID, to a used challenge, or that is not JSON: nothing stored', async () => {
    const user = await createEndUser(radmin, api);
    const evil = new SoftwareAuthenticator(`http://evil.example:${api.port}`);
    const refused = await user.fails(Q.finish, {
      input: { name: 'Evil', response: evil.create((await user.ok(Q.start)).startPasskeyRegistration) },
    });
    expect(refused.extensions?.fields).toEqual([
      { field: 'response', message: 'is not a valid passkey for this panel' },
    ]);

    const honest = new SoftwareAuthenticator(origin);
    const otherRp = await user.fails(Q.finish, {
      input: {
        name: 'Other',
        response: honest.create((await user.ok(Q.start)).startPasskeyRegistration, { rpId: 'evil.example' }),
      },
    });
    expect(otherRp.extensions?.code).toBe('BAD_USER_INPUT');

    // A challenge is used once: the first real answer takes it (here one from another origin, refused),
    // and the honest answer that comes after finds none. Bad input changes nothing: it takes no challenge.
    const options = (await user.ok(Q.start)).startPasskeyRegistration as string;
    const answer = honest.create(options);
    expect(
      (await user.fails(Q.finish, { input: { name: 'x', response: '{not json' } })).extensions?.fields?.[0]?.field,
    ).toBe('response');
    const stolen = await user.fails(Q.finish, { input: { name: 'Evil', response: evil.create(options) } });
    expect(stolen.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await user.fails(Q.finish, { input: { name: 'Late', response: answer } })).extensions?.code).toBe(
      'CONFLICT',
    );

    const noName = await user.fails(Q.finish, { input: { name: '   ', response: answer } });
    expect(noName.extensions?.fields?.[0]?.field).toBe('name');
    expect((await user.ok(Q.passkeys)).viewer.twoFactor.passkeys).toEqual([]);
  });

  it('signs in with a passkey as the second factor: an assertion of a fresh challenge by one of the user’s own passkeys', async () => {
    const user = await createEndUser(radmin, api);
    const authenticator = new SoftwareAuthenticator(origin);
    const id = await register(user, authenticator, 'Phone');

    const browser = await passwordStep(api, radmin.cpHost, user.login);
    // No assertion before options were asked: there is no challenge to answer.
    const options = (await browser.ok(Q.options)).secondFactorPasskeyOptions as string;
    const parsed = JSON.parse(options);
    expect(parsed.rpId).toBe(radmin.cpHost);
    expect(parsed.allowCredentials.map((c: { id: string }) => c.id)).toHaveLength(1);
    const assertion = authenticator.get(options);
    const signedIn = (await browser.ok(TF.verify, { input: { passkey: assertion } })).verifySecondFactor;
    expect(signedIn.user.login).toBe(user.login);
    expect((await whoAmI(browser))?.user.login).toBe(user.login);
    const [key] = (await browser.ok(Q.passkeys)).viewer.twoFactor.passkeys;
    expect(key).toMatchObject({ id, name: 'Phone' });
    expect(key.lastUsedAt).not.toBeNull();

    // The same assertion again, for a new sign-in: its challenge was used, the new one differs.
    const replay = await passwordStep(api, radmin.cpHost, user.login);
    expect((await replay.fails(TF.verify, { input: { passkey: assertion } })).extensions?.code).toBe('BAD_USER_INPUT');
    await replay.ok(Q.options);
    expect((await replay.fails(TF.verify, { input: { passkey: assertion } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect(await whoAmI(replay)).toBeNull();
    // A real one for the fresh challenge still works there.
    await replay.ok(TF.verify, {
      input: { passkey: authenticator.get((await replay.ok(Q.options)).secondFactorPasskeyOptions) },
    });
    expect((await whoAmI(replay))?.user.login).toBe(user.login);

    // Signed with a passkey of the right user but on another origin: refused.
    const phished = await passwordStep(api, radmin.cpHost, user.login);
    const elsewhere = new SoftwareAuthenticator(`http://evil.example:${api.port}`);
    Object.assign(elsewhere, { credentials: (authenticator as unknown as { credentials: unknown[] }).credentials });
    const phishedAssertion = elsewhere.get((await phished.ok(Q.options)).secondFactorPasskeyOptions);
    expect((await phished.fails(TF.verify, { input: { passkey: phishedAssertion } })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(await whoAmI(phished)).toBeNull();
  });

  it('one user’s passkeys are not another’s: not listed, not removable, no proof at the other’s sign-in', async () => {
    const ann = await createEndUser(radmin, api);
    const ben = await createEndUser(radmin, api);
    const annKeys = new SoftwareAuthenticator(origin);
    const benKeys = new SoftwareAuthenticator(origin);
    const annKey = await register(ann, annKeys, 'Ann’s key');
    await register(ben, benKeys, 'Ben’s key');

    expect((await ben.ok(Q.passkeys)).viewer.twoFactor.passkeys.map((p: { name: string }) => p.name)).toEqual([
      'Ben’s key',
    ]);
    // Ben (and Ann's own company's admin) cannot remove Ann's passkey: it is not found for them.
    expect((await ben.fails(Q.remove, { id: annKey })).extensions?.code).toBe('NOT_FOUND');
    expect((await radmin.fails(Q.remove, { id: annKey })).extensions?.code).toBe('NOT_FOUND');
    expect((await ann.ok(Q.passkeys)).viewer.twoFactor.passkeys).toHaveLength(1);

    // Ben's sign-in answered with Ann's passkey (a valid signature over Ben's challenge): refused.
    const browser = await passwordStep(api, radmin.cpHost, ben.login);
    const options = (await browser.ok(Q.options)).secondFactorPasskeyOptions as string;
    const withAnns = annKeys.get(options, { credential: 0 });
    expect((await browser.fails(TF.verify, { input: { passkey: withAnns } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect(await whoAmI(browser)).toBeNull();

    // Ann removes her own: the password alone signs her in again.
    expect(await ann.ok(Q.remove, { id: annKey })).toEqual({ removePasskey: true });
    await api.client(radmin.cpHost).ok(TF.login, { login: ann.login, password: PASSWORD });
    expect((await ann.fails(Q.remove, { id: annKey })).extensions?.code).toBe('NOT_FOUND');
    expect((await ann.fails(Q.remove, { id: 'abc' })).extensions?.code).toBe('BAD_USER_INPUT');
  });
});
