import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { cookieAttributes } from '../../test/client';
import { createEndUser, PASSWORD, setupMaster, whoAmI, type MasterClient } from '../../test/factories';
import { systemEm } from '../../db/scope';
import { sql } from '../billing/testing';
import { PendingSignIn } from './pending-sign-in.entity';
import { RecoveryCode } from './recovery-code.entity';
import { PENDING_SIGN_IN_COOKIE } from './second-factor.service';
import { codeAt, enrolTotp, passwordStep, TF } from './two-factor.testing';
import { UserTotp } from './user-totp.entity';

describeApi('two-factor sign-in with an authenticator app and recovery codes', (api) => {
  let master: MasterClient;

  beforeAll(async () => {
    master = await setupMaster(api);
  });

  it('enrols: a sealed secret, a wrong first code refused by field, the right one confirms and answers ten recovery codes kept only hashed', async () => {
    const alice = await createEndUser(master, api);
    expect((await alice.ok(TF.state)).viewer.twoFactor).toEqual({
      totpEnabled: false,
      recoveryCodesLeft: 0,
      methods: [],
      enrolmentRequired: false,
      passkeys: [],
    });
    const { secret, otpauthUri } = (await alice.ok(TF.start)).startTotpEnrolment;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(otpauthUri);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Root Hosting');
    expect(decodeURIComponent(uri.pathname)).toContain(alice.login);

    // Not confirmed yet: the password alone still signs in.
    await api.client().ok(TF.login, { login: alice.login, password: PASSWORD });

    for (const code of ['12ab56', '', '1234567']) {
      const bad = await alice.fails(TF.confirm, { code });
      expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.extensions?.fields?.[0]?.field).toBe('code');
    }
    const wrong = await alice.fails(TF.confirm, {
      code: (Number(await codeAt(secret)) ^ 1).toString().padStart(6, '0'),
    });
    expect(wrong.extensions?.fields).toEqual([{ field: 'code', message: 'is not the code your app shows now' }]);
    expect((await alice.ok(TF.state)).viewer.twoFactor.totpEnabled).toBe(false);

    const { codes } = (await alice.ok(TF.confirm, { code: await codeAt(secret) })).confirmTotpEnrolment;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);
    expect((await alice.ok(TF.state)).viewer.twoFactor).toMatchObject({
      totpEnabled: true,
      recoveryCodesLeft: 10,
      methods: ['TOTP', 'RECOVERY_CODE'],
    });

    // At rest: the secret sealed, the codes hashed.
    const em = systemEm(api.orm.em, 'the test reads the stored factors');
    const row = await em.findOneOrFail(UserTotp, { user: Number(alice.userId) }, { populate: ['secretSealed'] });
    expect(row.secretSealed).not.toContain(secret);
    expect(api.services.secrets.open(row.secretSealed)).toBe(secret);
    const stored = await em.find(RecoveryCode, { user: Number(alice.userId) });
    const hashes = stored.map((r) => r.codeHash).join(' ');
    for (const c of codes) {
      expect(hashes).not.toContain(c);
      expect(hashes).not.toContain(c.replace(/-/g, ''));
    }

    // Once confirmed, starting again is a conflict (turn it off first).
    expect((await alice.fails(TF.start)).extensions?.code).toBe('CONFLICT');
  });

  it('signs in in two steps: the password answers SECOND_FACTOR_REQUIRED and no session; the code of the app signs in', async () => {
    const bob = await createEndUser(master, api);
    const { secret } = await enrolTotp(bob);

    const browser = api.client();
    const err = await browser.fails(TF.login, { login: bob.login, password: PASSWORD });
    expect(err.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SECOND_FACTOR_REQUIRED',
      methods: ['TOTP', 'RECOVERY_CODE'],
    });
    expect(err.data).toBeNull();
    expect(browser.sessionCookie).toBeUndefined();
    const pending = browser.lastSetCookie.map(cookieAttributes).find((c) => c.name === PENDING_SIGN_IN_COOKIE);
    expect(pending?.attrs).toMatchObject({ httponly: '', samesite: 'Strict', path: '/' });
    expect(Number(pending?.attrs['max-age'])).toBeLessThanOrEqual(300);
    expect(await whoAmI(browser)).toBeNull();

    // A wrong password is still the plain refusal: nothing tells whether the login has a second factor.
    const wrongPw = await api.client().fails(TF.login, { login: bob.login, password: 'not-the-password' });
    expect(wrongPw.extensions?.reason).toBeUndefined();

    const signedIn = (await browser.ok(TF.verify, { input: { code: await codeAt(secret) } })).verifySecondFactor;
    expect(signedIn).toEqual({ user: { login: bob.login }, role: 'END_USER' });
    expect(browser.sessionCookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The pending sign-in was used up: its cookie cleared and its row gone.
    expect(browser.lastSetCookie.map(cookieAttributes).find((c) => c.name === PENDING_SIGN_IN_COOKIE)?.value).toBe('');
    const em = systemEm(api.orm.em, 'the test reads pending sign-ins');
    expect(await em.count(PendingSignIn, { user: Number(bob.userId) })).toBe(0);
    expect((await whoAmI(browser))?.user.login).toBe(bob.login);
  });

  it('a code is never taken twice, nor an older one after a newer one; the step after now is still accepted (±1 window)', async () => {
    const carol = await createEndUser(master, api);
    const { secret } = await enrolTotp(carol); // took the step before now

    const now = await codeAt(secret);
    await (await passwordStep(api, undefined, carol.login)).ok(TF.verify, { input: { code: now } });

    const replay = await passwordStep(api, undefined, carol.login);
    const again = await replay.fails(TF.verify, { input: { code: now } });
    expect(again.extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.extensions?.fields?.[0]?.field).toBe('code');
    expect(replay.sessionCookie).toBeUndefined();
    // The same browser goes on with the next step's code (clock ahead by one step): accepted.
    await replay.ok(TF.verify, { input: { code: await codeAt(secret, 1) } });

    // Two steps off is outside the window; the previous step is older than the last taken.
    const late = await passwordStep(api, undefined, carol.login);
    expect((await late.fails(TF.verify, { input: { code: await codeAt(secret, 2) } })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await late.fails(TF.verify, { input: { code: await codeAt(secret, -1) } })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(await whoAmI(late)).toBeNull();
  });

  it('a recovery code signs in once: used again it is refused, and one fewer is left', async () => {
    const dave = await createEndUser(master, api);
    const { recoveryCodes } = await enrolTotp(dave);

    const first = await passwordStep(api, undefined, dave.login);
    // Typed loosely: upper case, without the dashes.
    await first.ok(TF.verify, { input: { recoveryCode: recoveryCodes[3]!.toUpperCase().replace(/-/g, '') } });
    expect((await first.ok(TF.state)).viewer.twoFactor.recoveryCodesLeft).toBe(9);

    const second = await passwordStep(api, undefined, dave.login);
    const used = await second.fails(TF.verify, { input: { recoveryCode: recoveryCodes[3] } });
    expect(used.extensions?.fields).toEqual([{ field: 'recoveryCode', message: 'is not a valid code' }]);
    const unknown = await second.fails(TF.verify, { input: { recoveryCode: 'zzzz-zzzz-zzzz' } });
    expect(unknown.extensions?.code).toBe('BAD_USER_INPUT');
    await second.ok(TF.verify, { input: { recoveryCode: recoveryCodes[4] } });
    expect((await second.ok(TF.state)).viewer.twoFactor.recoveryCodesLeft).toBe(8);
  });

  it('the pending sign-in belongs to its browser, is used once, expires, and asks for exactly one factor', async () => {
    const erin = await createEndUser(master, api);
    const { secret } = await enrolTotp(erin);
    const browser = await passwordStep(api, undefined, erin.login);

    // Another browser (no pending cookie) with the right code: no sign-in.
    const stranger = api.client();
    const other = await stranger.fails(TF.verify, { input: { code: await codeAt(secret) } });
    expect(other.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_EXPIRED' });

    const both = await browser.fails(TF.verify, { input: { code: '123456', recoveryCode: 'abcd-efgh-jkmn' } });
    expect(both.extensions?.code).toBe('BAD_USER_INPUT');
    expect(both.extensions?.fields?.[0]?.field).toBe('code');
    expect((await browser.fails(TF.verify, { input: {} })).extensions?.code).toBe('BAD_USER_INPUT');

    // Expired (five minutes): refused even with the right code, and the password is asked again.
    const em = systemEm(api.orm.em, 'the test ages a pending sign-in');
    await em.nativeUpdate(PendingSignIn, { user: Number(erin.userId) }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await browser.fails(TF.verify, { input: { code: await codeAt(secret) } });
    expect(expired.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_EXPIRED' });
    expect(await em.count(PendingSignIn, { user: Number(erin.userId) })).toBe(0);
    expect(await whoAmI(browser)).toBeNull();
  });

  it('turning the app off takes the password or a code; wrong ones change nothing; off, the password alone signs in again', async () => {
    const fay = await createEndUser(master, api);
    const { secret } = await enrolTotp(fay);

    const none = await fay.fails(TF.disable, { input: {} });
    expect(none.extensions?.fields?.[0]).toEqual({
      field: 'password',
      message: 'give your password or a code from your app',
    });
    const wrongPw = await fay.fails(TF.disable, { input: { password: 'not-the-password' } });
    expect(wrongPw.extensions?.fields).toEqual([{ field: 'password', message: 'is not your password' }]);
    const wrongCode = await fay.fails(TF.disable, {
      input: { code: '000000' === (await codeAt(secret)) ? '111111' : '000000' },
    });
    expect(wrongCode.extensions?.fields).toEqual([{ field: 'code', message: 'is not a valid code' }]);
    expect((await fay.ok(TF.state)).viewer.twoFactor).toMatchObject({ totpEnabled: true, recoveryCodesLeft: 10 });

    expect(await fay.ok(TF.disable, { input: { code: await codeAt(secret) } })).toEqual({ disableTotp: true });
    expect((await fay.ok(TF.state)).viewer.twoFactor).toMatchObject({
      totpEnabled: false,
      recoveryCodesLeft: 0,
      methods: [],
    });
    await api.client().ok(TF.login, { login: fay.login, password: PASSWORD });

    // And it can be set up again, with a new secret.
    const again = await enrolTotp(fay);
    expect(again.secret).not.toBe(secret);
    expect(await fay.ok(TF.disable, { input: { password: PASSWORD } })).toEqual({ disableTotp: true });

    // The company's audit trail has each change, by her; the refused attempts wrote nothing.
    const trail = await sql<{ detail: string; actor_id: number }>(
      api.orm,
      `select detail, actor_id from audit_event where action = 'user.securityChanged' and detail like ? order by id`,
      [`%${fay.login}:%`],
    );
    expect(trail).toEqual(
      ['set up', 'turned off', 'set up', 'turned off'].map((what) => ({
        detail: `Sign-in security of ${fay.login}: authenticator app ${what}`,
        actor_id: Number(fay.userId),
      })),
    );
  });

  it('new recovery codes replace the old ones, after the password', async () => {
    const gus = await createEndUser(master, api);
    const { recoveryCodes: old } = await enrolTotp(gus);
    expect((await gus.fails(TF.regenerate, { input: { password: 'nope-nope' } })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const fresh = (await gus.ok(TF.regenerate, { input: { password: PASSWORD } })).regenerateRecoveryCodes
      .codes as string[];
    expect(fresh).toHaveLength(10);
    expect(fresh.some((c) => old.includes(c))).toBe(false);

    const browser = await passwordStep(api, undefined, gus.login);
    expect((await browser.fails(TF.verify, { input: { recoveryCode: old[0] } })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    await browser.ok(TF.verify, { input: { recoveryCode: fresh[0] } });

    // Without a second factor there is nothing for recovery codes to stand in for.
    const hal = await createEndUser(master, api);
    expect((await hal.fails(TF.regenerate, { input: { password: PASSWORD } })).extensions?.code).toBe('CONFLICT');
  });
});

describeApi(
  'two-factor sign-in: wrong codes count toward the sign-in throttle',
  (api) => {
    it('wrong codes are refused, a few drop the pending sign-in, and the login is then throttled even with the right password', async () => {
      const master = await setupMaster(api);
      const ivy = await createEndUser(master, api);
      const { secret } = await enrolTotp(ivy);
      const right = await codeAt(secret);
      const wrong = right === '000000' ? '111111' : '000000';

      const browser = await passwordStep(api, undefined, ivy.login);
      for (let i = 0; i < 4; i++)
        expect((await browser.fails(TF.verify, { input: { code: wrong } })).extensions?.code).toBe('BAD_USER_INPUT');
      const fifth = await browser.fails(TF.verify, { input: { code: wrong } });
      expect(fifth.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_EXPIRED' });
      // The right code no longer helps that pending sign-in: it is gone.
      expect((await browser.fails(TF.verify, { input: { code: right } })).extensions?.reason).toBe('SIGN_IN_EXPIRED');

      // Five failures from this address for this login: the password step itself is throttled now.
      const throttled = await api.client().gql(TF.login, { login: ivy.login, password: PASSWORD });
      expect(throttled.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
      expect(throttled.status).toBe(429);
    });
  },
  { LOGIN_MAX_FAILURES_PER_LOGIN: '5', LOGIN_DELAY_AFTER_FAILURES: '50' },
);
