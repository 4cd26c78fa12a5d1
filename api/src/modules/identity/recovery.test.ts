import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { systemEm } from '../../db/scope';
import { describeApi, type TestApi } from '../../test/api';
import type { GqlClient } from '../../test/client';
import {
  createEndUser,
  createReseller,
  createStaff,
  PASSWORD,
  setupMaster,
  signIn,
  unique,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { startSmtpSink, type SmtpSink } from '../../test/smtp';
import { createPlan, signupOn, sql } from '../billing/testing';
import { deliverMail, mailTransport } from '../outbox/mail-sender';

const Q = {
  request: `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`,
  reset: `mutation($i: ResetPasswordWithLinkInput!) { resetPassword(input: $i) }`,
  verify: `mutation($t: String!) { verifyEmail(token: $t) }`,
  resend: `mutation { resendVerificationEmail }`,
  changeEmail: `mutation($i: ChangeEmailInput!) { changeEmail(input: $i) { email emailVerifiedAt } }`,
  viewer: `query { viewer { user { id login email emailVerifiedAt } } }`,
  login: `mutation($i: LoginInput!) { login(input: $i) { user { login } } }`,
  impersonate: `mutation($u: ID!) { impersonateUser(userId: $u) }`,
  redeem: `mutation($t: String!) { redeemImpersonation(token: $t) { user { login } } }`,
};

/** One mail as the SMTP sink got it, its quoted-printable body decoded. */
interface Mail {
  to: string;
  subject: string;
  text: string;
}

function decode(raw: string): Mail {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const header = (name: string) =>
    new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head!)?.[1]?.replace(/\r?\n[ \t]/g, ' ') ?? '';
  let text = rest.join('\n\n');
  if (/quoted-printable/i.test(header('Content-Transfer-Encoding')))
    text = Buffer.from(
      text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  return { to: header('To'), subject: encodedWords(header('Subject')), text };
}

/** RFC 2047 encoded words (a subject with umlauts), Q or B, joined as mail readers show them. */
function encodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

const linkIn = (mail: Mail, path: string): URL => {
  const m = new RegExp(`https?://\\S+${path}\\?token=[A-Za-z0-9_-]+`).exec(mail.text);
  if (!m) throw new Error(`no ${path} link in: ${mail.text}`);
  return new URL(m[0]);
};
const tokenOf = (url: URL) => url.searchParams.get('token')!;

/** A stranger's browser from its own address (TRUST_PROXY is on: the per-address throttle is tested apart). */
let addressSeq = 0;
const stranger = (api: TestApi, host?: string, ip = `198.51.100.${++addressSeq}`) =>
  api.client(host, { 'x-forwarded-for': ip });

describeApi(
  'password recovery and e-mail verification',
  (api) => {
    let sink: SmtpSink;
    let master: MasterClient;
    let reseller: ResellerAdminClient;
    let carol: EndUserClient;
    let planId: string;

    /** Delivers the outbox to the SMTP sink; the mails it took this time, in order. */
    async function delivered(): Promise<Mail[]> {
      const config = loadConfig({ ...api.dbEnv, SMTP_URL: `smtp://127.0.0.1:${sink.port}` });
      const before = sink.received.length;
      for (;;) {
        const r = await deliverMail(systemEm(api.orm, 'test: the outbox run by hand'), config, mailTransport(config));
        if (r.sent === 0) break;
      }
      return sink.received.slice(before).map((m) => decode(m.data));
    }

    const mailsTo = async (address: string) => (await delivered()).filter((m) => m.to.includes(address));

    beforeAll(async () => {
      sink = await startSmtpSink();
      master = await setupMaster(api);
      reseller = await createReseller(master, api, { name: 'Blue Hosting' });
      carol = await createEndUser(reseller, api, { login: 'carol' });
      planId = await createPlan(master);
      await delivered(); // the mails of setting up
    });
    afterAll(() => sink?.close());

    it('a reseller’s customer gets a link on the reseller’s host; it sets the password once, signs out every session and pending “log in as”', async () => {
      const other = await signIn(api, reseller.cpHost, 'carol', PASSWORD); // a second session
      const ticketUrl = (await reseller.ok(Q.impersonate, { u: carol.userId })).impersonateUser as string;
      const browser = stranger(api, reseller.cpHost);
      expect((await browser.ok(Q.request, { i: { login: '  Carol ' } })).requestPasswordReset).toBe(true);

      const [mail, ...more] = await mailsTo('carol@customer.test');
      expect(more).toEqual([]);
      expect(mail!.subject).toBe('Blue Hosting: reset your password');
      const link = linkIn(mail!, '/reset-password');
      expect(link.host).toBe(`${reseller.cpHost}:${api.port}`); // from configuration, the reseller's panel
      const token = tokenOf(link);
      // Only its hash is kept.
      const stored = await sql<{ id: string }>(api.orm, `select id from mailed_token where purpose = 'PASSWORD_RESET'`);
      expect(stored.map((r) => r.id)).toEqual([crypto.createHash('sha256').update(token).digest('hex')]);
      expect(api.logs.join('\n')).not.toContain(token);

      // On another company's panel (the master's) the link is nothing.
      const elsewhere = await stranger(api).fails(Q.reset, { i: { token, newPassword: 'brand-new-pass-1' } });
      expect(elsewhere.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'token' }] });
      // Password rules: a field error, and the link still works afterwards.
      const short = await browser.fails(Q.reset, { i: { token, newPassword: 'short' } });
      expect(short.extensions?.fields).toEqual([{ field: 'newPassword', message: 'must be at least 8 characters' }]);

      expect((await browser.ok(Q.reset, { i: { token, newPassword: 'brand-new-pass-1' } })).resetPassword).toBe(true);
      // Every session is gone, and the link for the admin to sign in as carol too.
      expect((await carol.ok(Q.viewer)).viewer).toBeNull();
      expect((await other.ok(Q.viewer)).viewer).toBeNull();
      const redeemed = await api.client(reseller.cpHost).fails(Q.redeem, { t: new URL(ticketUrl).hash.slice(1) });
      expect(redeemed.extensions?.code).toBe('UNAUTHENTICATED');
      // Nobody is signed in by the reset; the old password is refused, the new one works.
      expect((await browser.ok(Q.viewer)).viewer).toBeNull();
      const old = await api.client(reseller.cpHost).fails(Q.login, { i: { login: 'carol', password: PASSWORD } });
      expect(old.extensions?.code).toBe('UNAUTHENTICATED');
      await signIn(api, reseller.cpHost, 'carol', 'brand-new-pass-1');

      // Single use.
      const again = await browser.fails(Q.reset, { i: { token, newPassword: 'another-pass-22' } });
      expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'token' }] });
      // Carol is told, and the company's trail has it.
      const told = await mailsTo('carol@customer.test');
      expect(told.map((m) => m.subject)).toEqual(['Blue Hosting: your password was changed']);
      const trail = await sql<{ action: string; detail: string; actor_id: number }>(
        api.orm,
        `select action, detail, actor_id from audit_event where action = 'user.passwordReset'`,
      );
      expect(trail).toEqual([
        {
          action: 'user.passwordReset',
          actor_id: Number(carol.userId),
          detail: expect.stringContaining('carol') as string,
        },
      ]);
    });

    it('the reset mail is in the company’s own wording and the user’s language; a wording without the link is refused', async () => {
      const save = `mutation($i: MailTemplateInput!) { saveMailTemplate(input: $i) { event } }`;
      const without = await reseller.fails(save, {
        i: { event: 'PASSWORD_RESET', language: 'DE', subject: 'Neues Passwort', body: 'Rufen Sie uns an.' },
      });
      expect(without.extensions?.fields).toEqual([
        { field: 'body', message: 'must contain {{resetUrl}}: the mail is useless without it' },
      ]);
      await reseller.ok(save, {
        i: {
          event: 'PASSWORD_RESET',
          language: 'DE',
          subject: '{{companyName}}: Neues Passwort für {{login}}',
          body: 'Hier entlang: {{resetUrl}} (gültig bis {{expiresAt}})',
        },
      });
      const fritz = await createEndUser(reseller, api, { login: 'fritz' });
      await fritz.ok(`mutation { updatePreferences(input: { language: DE }) { language } }`);
      await stranger(api, reseller.cpHost).ok(Q.request, { i: { login: 'fritz' } });
      const [mail] = await mailsTo('fritz@customer.test');
      expect(mail!.subject).toBe('Blue Hosting: Neues Passwort für fritz');
      expect(mail!.text).toMatch(
        /^Hier entlang: http:\/\/\S+\/reset-password\?token=[\w-]{43} \(gültig bis [\d-]+ [\d:]+ UTC\)/,
      );
      expect(linkIn(mail!, '/reset-password').host).toBe(`${reseller.cpHost}:${api.port}`);
    });

    it('no enumeration: an unknown login or address gets the same answer and no mail; a known address is mailed', async () => {
      const unknown = await stranger(api, reseller.cpHost).gql(Q.request, { i: { login: 'nobody-here' } });
      const unknownMail = await stranger(api, reseller.cpHost).gql(Q.request, { i: { login: 'no@where.test' } });
      // carol exists on the reseller's panel, not on the master's: there she is unknown too.
      const otherCompany = await stranger(api).gql(Q.request, { i: { login: 'carol' } });
      for (const r of [unknown, unknownMail, otherCompany]) {
        expect(r.status).toBe(200);
        expect(r.data).toEqual({ requestPasswordReset: true });
        expect(r.errors).toBeUndefined();
      }
      expect(await delivered()).toEqual([]);

      const byAddress = await stranger(api, reseller.cpHost).gql(Q.request, { i: { login: 'CAROL@customer.test' } });
      expect(byAddress.data).toEqual(unknown.data);
      expect((await mailsTo('carol@customer.test')).map((m) => m.subject)).toEqual([
        'Blue Hosting: reset your password',
      ]);
    });

    it('a new link supersedes the earlier one; an expired link is refused with the same error', async () => {
      const dave = await createEndUser(master, api, { login: 'dave' });
      await stranger(api).ok(Q.request, { i: { login: 'dave' } });
      const first = tokenOf(linkIn((await mailsTo('dave@customer.test'))[0]!, '/reset-password'));
      await stranger(api).ok(Q.request, { i: { login: 'dave' } });
      const second = tokenOf(linkIn((await mailsTo('dave@customer.test'))[0]!, '/reset-password'));
      expect(second).not.toBe(first);
      const superseded = await stranger(api).fails(Q.reset, { i: { token: first, newPassword: 'dave-new-pass-1' } });
      expect(superseded.extensions?.fields).toEqual([
        { field: 'token', message: 'this link is invalid, already used or expired: ask for a new one' },
      ]);

      // An hour later it has expired (the clock moved by moving the row back).
      await sql(api.orm, `update mailed_token set expires_at = created_at where purpose = 'PASSWORD_RESET'`);
      const expired = await stranger(api).fails(Q.reset, { i: { token: second, newPassword: 'dave-new-pass-1' } });
      expect(expired.extensions?.fields).toEqual(superseded.extensions?.fields);
      expect((await dave.ok(Q.viewer)).viewer.user.login).toBe('dave'); // nothing changed
      // Garbage is the same error, not another one.
      const garbage = await stranger(api).fails(Q.reset, {
        i: { token: 'x'.repeat(43), newPassword: 'dave-new-pass-1' },
      });
      expect(garbage.extensions?.fields).toEqual(superseded.extensions?.fields);
    });

    it('throttled: three mails per login an hour (then silently none), ten requests per address (then 429)', async () => {
      await createEndUser(master, api, { login: 'erin' });
      for (let i = 0; i < 4; i++) await stranger(api).ok(Q.request, { i: { login: 'erin' } });
      expect(await mailsTo('erin@customer.test')).toHaveLength(3);

      const one = '203.0.113.77';
      for (let i = 0; i < 10; i++) await stranger(api, undefined, one).ok(Q.request, { i: { login: `ghost${i}` } });
      const res = await stranger(api, undefined, one).gql(Q.request, { i: { login: 'erin' } });
      expect(res.status).toBe(429);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
      expect(res.errors?.[0]?.message).toMatch(
        /^Too many password reset requests from here; try again in \d+ seconds$/,
      );
      // Another address is still served.
      expect((await stranger(api).ok(Q.request, { i: { login: 'ghost' } })).requestPasswordReset).toBe(true);
    });

    it('a disabled login gets no link, and a link made before it was disabled opens nothing', async () => {
      const staff = await createStaff(reseller, api, { login: 'sam' });
      await stranger(api, reseller.cpHost).ok(Q.request, { i: { login: 'sam' } });
      const token = tokenOf(linkIn((await mailsTo('sam@staff.test'))[0]!, '/reset-password'));
      await reseller.ok(`mutation($id: ID!) { setStaffLoginDisabled(id: $id, disabled: true) { id } }`, {
        id: staff.userId,
      });
      await stranger(api, reseller.cpHost).ok(Q.request, { i: { login: 'sam' } });
      expect(await mailsTo('sam@staff.test')).toEqual([]);
      const refused = await stranger(api, reseller.cpHost).fails(Q.reset, {
        i: { token, newPassword: 'sam-new-pass-1' },
      });
      expect(refused.extensions?.code).toBe('FORBIDDEN');
    });

    it('signup mails a verification link; verifying works once; users admins create are verified already', async () => {
      expect((await carol.fresh().ok(Q.viewer)).viewer).toBeNull();
      const admins = await master.ok(Q.viewer);
      expect(admins.viewer.user.emailVerifiedAt).not.toBeNull();
      const made = await createEndUser(master, api);
      expect((await made.ok(Q.viewer)).viewer.user.emailVerifiedAt).not.toBeNull();

      const login = unique('fresh');
      const signed = await signupOn(api, undefined, planId, 1, { login });
      expect((await signed.client.ok(Q.viewer)).viewer.user.emailVerifiedAt).toBeNull();
      const mails = await mailsTo(`${login}@customer.test`);
      expect(mails.map((m) => m.subject).sort()).toEqual(
        ['Root Hosting: please confirm your e-mail address', 'Welcome to Root Hosting'].sort(),
      );
      const link = linkIn(
        mails.find((m) => m.subject.includes('confirm'))!,
        '/verify-email',
      );
      expect(link.host).toBe(`127.0.0.1:${api.port}`);
      // Opened signed out, in another browser.
      expect((await stranger(api).ok(Q.verify, { t: tokenOf(link) })).verifyEmail).toBe(true);
      expect((await signed.client.ok(Q.viewer)).viewer.user.emailVerifiedAt).not.toBeNull();
      const again = await stranger(api).fails(Q.verify, { t: tokenOf(link) });
      expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'token' }] });
      const verified = await signed.client.fails(Q.resend);
      expect(verified.extensions?.code).toBe('CONFLICT');
    });

    it('resending: the latest link alone works, three an hour; a changed address needs its own link', async () => {
      const login = unique('late');
      const { client } = await signupOn(api, undefined, planId, 1, { login });
      const signupLink = linkIn(
        (await mailsTo(`${login}@customer.test`)).find((m) => m.subject.includes('confirm'))!,
        '/verify-email',
      );
      for (let i = 0; i < 3; i++) expect((await client.ok(Q.resend)).resendVerificationEmail).toBe(true);
      const throttled = await client.gql(Q.resend);
      expect(throttled.status).toBe(429);
      expect(throttled.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
      const resent = (await mailsTo(`${login}@customer.test`)).map((m) => linkIn(m, '/verify-email'));
      expect(resent).toHaveLength(3);
      expect((await stranger(api).fails(Q.verify, { t: tokenOf(signupLink) })).extensions?.code).toBe('BAD_USER_INPUT');

      // Changing the address: the password is asked for; the new address is unverified and gets its link.
      const wrong = await client.fails(Q.changeEmail, {
        i: { email: 'new@customer.test', currentPassword: 'nope-nope' },
      });
      expect(wrong.extensions?.fields).toEqual([{ field: 'currentPassword', message: 'is not your password' }]);
      const bad = await client.fails(Q.changeEmail, { i: { email: 'not-an-address', currentPassword: PASSWORD } });
      expect(bad.extensions?.fields).toEqual([{ field: 'email', message: 'must be a valid e-mail address' }]);
      expect((await client.ok(Q.viewer)).viewer.user.email).toBe(`${login}@customer.test`);
      const changed = (
        await client.ok(Q.changeEmail, { i: { email: `${login}@elsewhere.test`, currentPassword: PASSWORD } })
      ).changeEmail;
      expect(changed).toEqual({ email: `${login}@elsewhere.test`, emailVerifiedAt: null });
      // A link for the old address verifies nothing now.
      expect((await stranger(api).fails(Q.verify, { t: tokenOf(resent[2]!) })).extensions?.code).toBe('BAD_USER_INPUT');
      const [toNew, ...others] = await mailsTo(`${login}@elsewhere.test`);
      expect(others).toEqual([]);
      await stranger(api).ok(Q.verify, { t: tokenOf(linkIn(toNew!, '/verify-email')) });
      expect((await client.ok(Q.viewer)).viewer.user.emailVerifiedAt).not.toBeNull();
    });

    it('a reset link proves the address it went to: an unverified one becomes verified', async () => {
      const login = unique('forgot');
      const { client } = await signupOn(api, undefined, planId, 1, { login });
      await delivered();
      await stranger(api).ok(Q.request, { i: { login } });
      const token = tokenOf(linkIn((await mailsTo(`${login}@customer.test`))[0]!, '/reset-password'));
      await stranger(api).ok(Q.reset, { i: { token, newPassword: 'forgot-new-pass-1' } });
      expect((await client.ok(Q.viewer)).viewer).toBeNull();
      const again = await signIn(api, undefined, login, 'forgot-new-pass-1');
      expect((await (again as GqlClient).ok(Q.viewer)).viewer.user.emailVerifiedAt).not.toBeNull();
    });
  },
  { TRUST_PROXY: 'true' },
);
