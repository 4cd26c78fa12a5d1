import { beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { systemEm } from '../../db/scope';
import { describeApi } from '../../test/api';
import { startSmtpSink } from '../../test/smtp';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type EndUserClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { sql } from '../billing/testing';
import { deliverMail, mailTransport } from '../outbox/mail-sender';
import { supportModule } from '.';
import { replyAddressFor, verifyReplyToken } from './reply-token';
import { openTicket, T } from './testing';

interface Mail {
  recipient: string;
  subject: string;
  body: string;
  reply_to: string | null;
}

/* Ticket mail (SUP-1): every answer mailed, with a signed reply address; replies by mail come back. */
describeApi('support tickets: mail out and mailed replies', (api) => {
  let reseller: ResellerAdminClient;
  let carol: EndUserClient;
  const mails = () =>
    sql<Mail>(
      api.orm,
      `select recipient, subject, body, reply_to from mail_message where subject like '[#%' order by id`,
    );
  const support = () => api.app.areas.get(supportModule);

  beforeAll(async () => {
    const master = await setupMaster(api);
    reseller = await createReseller(master, api, { name: 'Acme Web' });
    await reseller.ok(`mutation($i: ResellerSettingsInput!) { updateResellerSettings(input: $i) { id } }`, {
      i: { supportEmail: 'help@acme.test' },
    });
    carol = await createEndUser(reseller, api);
  });

  it('a new ticket and a customer reply go to the company’s admins; a staff answer to the customer; a note to nobody', async () => {
    const t = await openTicket(carol, { subject: 'Mail me', body: 'First question' });
    let all = await mails();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      recipient: `${reseller.login}@reseller.test`,
      subject: `[#${t.number}] New ticket: Mail me`,
    });
    expect(all[0]!.body).toContain('First question');
    const replyTo = all[0]!.reply_to!;
    expect(replyTo).toMatch(new RegExp(`^support\\+${t.id}\\.[0-9a-f]{24}@acme\\.test$`));
    expect(verifyReplyToken(api.services.secrets, replyTo)).toBe(Number(t.id));

    await reseller.ok(T.reply, { id: t.id, i: { body: 'INTERNAL-ONLY remark', internal: true } });
    await reseller.ok(T.reply, { id: t.id, i: { body: 'Here is your answer' } });
    await carol.ok(T.reply, { id: t.id, i: { body: 'Thanks, one more thing' } });
    all = await mails();
    expect(all.map((m) => [m.recipient, m.subject])).toEqual([
      [`${reseller.login}@reseller.test`, `[#${t.number}] New ticket: Mail me`],
      [`${carol.login}@customer.test`, `[#${t.number}] Mail me`],
      [`${reseller.login}@reseller.test`, `[#${t.number}] Mail me`],
    ]);
    expect(all[1]!.body).toContain('Here is your answer');
    expect(all[2]!.body).toContain('Thanks, one more thing');
    for (const m of all) {
      expect(m.reply_to).toBe(replyTo);
      expect(m.body).not.toContain('INTERNAL-ONLY');
    }
    const [{ n }] = await sql<{ n: number }>(api.orm, `select count(*) as n from mail_message where body like ?`, [
      '%INTERNAL-ONLY%',
    ]);
    expect(Number(n)).toBe(0);

    // Delivered over SMTP with the signed Reply-To.
    const smtp = await startSmtpSink();
    try {
      const config = loadConfig({ ...api.dbEnv, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
      for (;;) {
        const r = await deliverMail(systemEm(api.orm, 'test: the outbox run by hand'), config, mailTransport(config));
        if (r.sent === 0) break;
      }
      const answer = smtp.received.find((m) => m.data.includes('Here is your answer'))!;
      expect(answer.data).toMatch(new RegExp(`^Reply-To: ${replyTo.replace(/[.+]/g, '\\$&')}$`, 'm'));
    } finally {
      await smtp.close();
    }
  });

  it('reply tokens: only ours verify; a forged or altered one names no ticket', () => {
    const secrets = api.services.secrets;
    const good = replyAddressFor(secrets, 42, 'acme.test');
    expect(verifyReplyToken(secrets, good)).toBe(42);
    expect(verifyReplyToken(secrets, good.toUpperCase())).toBe(42); // a server folding case
    expect(verifyReplyToken(secrets, good.replace('support+42.', 'support+43.'))).toBeNull();
    const mac = /\.([0-9a-f]+)@/.exec(good)![1]!;
    const flipped = mac.slice(0, -1) + (mac.endsWith('0') ? '1' : '0');
    expect(verifyReplyToken(secrets, good.replace(mac, flipped))).toBeNull();
    expect(verifyReplyToken(secrets, 'support+42.deadbeefdeadbeefdeadbeef@acme.test')).toBeNull();
    expect(verifyReplyToken(secrets, 'help@acme.test')).toBeNull();
    // Another installation's key signs differently.
    const other = { sign: (m: string) => Buffer.from(`x${m}`).toString('base64url') };
    expect(verifyReplyToken(secrets, replyAddressFor(other, 42, 'acme.test'))).toBeNull();
  });

  it('a mailed reply from the customer joins the thread; another sender is refused and logged', async () => {
    const t = await openTicket(carol, { subject: 'By mail' });
    await reseller.ok(T.setState, { id: t.id, s: 'CLOSED' });
    const em = () => systemEm(api.orm, 'test: the SMTP listener hands a reply over with no viewer');
    const refused = await support().tickets.replyByMail(em(), {
      ticketId: Number(t.id),
      fromAddress: 'mallory@evil.test',
      body: 'Injected',
    });
    expect(refused).toEqual({ accepted: false, reason: expect.stringContaining('not the ticket’s customer') });
    const logged = await sql<{ detail: string }>(api.orm, `select detail from audit_event where action = ?`, [
      'ticket.mailRefused',
    ]);
    expect(logged.map((l) => l.detail)).toEqual([expect.stringContaining('mallory@evil.test')]);

    const accepted = await support().tickets.replyByMail(em(), {
      ticketId: Number(t.id),
      fromAddress: ` ${carol.login.toUpperCase()}@customer.test`,
      body: 'Answer by mail',
      attachments: [{ fileName: 'note.txt', data: Buffer.from('plain words') }],
    });
    expect(accepted).toMatchObject({ accepted: true });
    const seen = (await carol.ok(T.get, { id: t.id })).ticket;
    expect(seen.state).toBe('WAITING_FOR_STAFF'); // reopened
    expect(seen.messages.at(-1)).toMatchObject({
      body: 'Answer by mail',
      fromStaff: false,
      attachments: [{ fileName: 'note.txt', contentType: 'text/plain' }],
    });
    expect(JSON.stringify(seen)).not.toContain('Injected');
  });
});
