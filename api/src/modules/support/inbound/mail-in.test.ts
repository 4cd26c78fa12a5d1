import nodemailer, { type SendMailOptions } from 'nodemailer';
import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../../test/api';
import {
  createEndUser,
  createReseller,
  createStaff,
  setupMaster,
  type EndUserClient,
  type ResellerAdminClient,
} from '../../../test/factories';
import type { GqlClient } from '../../../test/client';
import { sql } from '../../billing/testing';
import { openTicket, T } from '../testing';

/*
 * Replies by e-mail, end to end (SUP-1): the panel's own SMTP listener (SUPPORT_SMTP_PORT) on
 * loopback, nodemailer speaking SMTP to it as a customer's mail server would, to the signed reply
 * address the staff's answer was mailed with.
 */
describeApi(
  'support tickets: replies by e-mail through the SMTP listener',
  (api) => {
    let reseller: ResellerAdminClient;
    let desk: GqlClient;
    let carol: EndUserClient;
    const send = (message: SendMailOptions) =>
      nodemailer
        .createTransport({ host: '127.0.0.1', port: api.listeners['support-smtp']!, secure: false, ignoreTLS: true })
        .sendMail(message);
    /** The Reply-To of the last mail to `recipient`: where the answer to it goes. */
    const replyAddressOfLastMailTo = async (recipient: string) =>
      (
        await sql<{ reply_to: string }>(
          api.orm,
          `select reply_to from mail_message where recipient = ? order by id desc limit 1`,
          [recipient],
        )
      )[0]!.reply_to;

    beforeAll(async () => {
      const master = await setupMaster(api);
      reseller = await createReseller(master, api, { name: 'Acme Web' });
      await reseller.ok(`mutation($i: ResellerSettingsInput!) { updateResellerSettings(input: $i) { id } }`, {
        i: { supportEmail: 'help@acme.test' },
      });
      desk = await createStaff(reseller, api);
      carol = await createEndUser(reseller, api);
    });

    it('the customer answers the staff’s mail from their mail program: the reply (quote cut, file kept) reopens the thread', async () => {
      const t = await openTicket(carol, { subject: 'Mail loop' });
      await desk.ok(T.reply, { id: t.id, i: { body: 'Please try again now.' } });
      const carolEmail = `${carol.login}@customer.test`;
      const replyTo = await replyAddressOfLastMailTo(carolEmail);
      expect(replyTo).toMatch(/^support\+\d+\.[0-9a-f]+@acme\.test$/);
      expect((await carol.ok(T.get, { id: t.id })).ticket.state).toBe('WAITING_FOR_CUSTOMER');

      await send({
        from: `Carol <${carolEmail.toUpperCase()}>`,
        to: replyTo,
        subject: `Re: [#${t.number}] Mail loop`,
        text: 'Works now, thank you!\n\nOn Sat, 5 Dec 2026 at 10:00, Acme Web <help@acme.test> wrote:\n> Please try again now.\n',
        attachments: [{ filename: 'proof.txt', content: 'status 200' }],
        messageId: '<reply-1@customer.test>',
      });
      // A relay that did not hear our answer sends the same mail again: it is taken once.
      await send({
        from: carolEmail,
        to: replyTo,
        subject: `Re: [#${t.number}] Mail loop`,
        text: 'Works now, thank you!',
        messageId: '<reply-1@customer.test>',
      });
      const ticket = (await desk.ok(T.get, { id: t.id })).ticket;
      expect(ticket.state).toBe('WAITING_FOR_STAFF');
      expect(ticket.messages.filter((m: { body: string }) => m.body === 'Works now, thank you!')).toHaveLength(1);
      expect(ticket.messages.at(-1)).toMatchObject({
        body: 'Works now, thank you!',
        fromStaff: false,
        internal: false,
        attachments: [{ fileName: 'proof.txt', contentType: 'text/plain' }],
      });
      // The desk hears of it by mail, answering to the same ticket.
      const staffMail = await replyAddressOfLastMailTo(`${reseller.login}@reseller.test`);
      expect(staffMail).toBe(replyTo);
    });

    it('a forged token is refused at RCPT TO, a stranger after DATA; neither reaches the thread, the stranger is audited', async () => {
      const t = await openTicket(carol, { subject: 'Guarded' });
      await desk.ok(T.reply, { id: t.id, i: { body: 'Answer' } });
      const replyTo = await replyAddressOfLastMailTo(`${carol.login}@customer.test`);
      const forged = replyTo.replace(/\.([0-9a-f])/, (_, c: string) => `.${c === 'a' ? 'b' : 'a'}`);

      const before = (await desk.ok(T.get, { id: t.id })).ticket.messages.length;
      const refusedRcpt = await send({ from: `${carol.login}@customer.test`, to: forged, text: 'forged' }).catch(
        (e: unknown) => e,
      );
      expect(refusedRcpt).toMatchObject({ responseCode: 550 });
      const refusedSender = await send({ from: 'mallory@evil.test', to: replyTo, text: 'let me in' }).catch(
        (e: unknown) => e,
      );
      expect(refusedSender).toMatchObject({ responseCode: 550 });
      expect((await desk.ok(T.get, { id: t.id })).ticket.messages).toHaveLength(before);
      const audited = await sql<{ detail: string }>(api.orm, `select detail from audit_event where action = ?`, [
        'ticket.mailRefused',
      ]);
      expect(audited.map((a) => a.detail)).toEqual([expect.stringContaining('mallory@evil.test')]);
      expect(api.logs.some((l) => l.includes('not a genuine reply address') && l.includes(forged))).toBe(true);
    });
  },
  { SUPPORT_SMTP_PORT: '0', LOG_LEVEL: 'info' },
);
