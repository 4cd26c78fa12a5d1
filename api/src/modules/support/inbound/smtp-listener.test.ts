import type { MikroORM } from '@mikro-orm/core';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config';
import { createLogger } from '../../../logger';
import type { StartedListener } from '../../../module';
import { replyText } from './reply-text';
import { inboundMailSettings } from './settings';
import { supportSmtpListener, type InboundMail, type MailedReplies } from './smtp-listener';

// The listener's own contract over a real SMTP conversation (nodemailer to smtp-server on loopback);
// the tickets behind it are the support area's, tested with the listener in support's mail tests.
describe('support SMTP listener', () => {
  const GENUINE = 'support+7.goodsig@help.example.test';
  const delivered: { ticketId: number; mail: InboundMail }[] = [];
  const logs: string[] = [];
  let listener: StartedListener;
  const replies: MailedReplies = {
    ticketFor: (address) => (address === GENUINE ? 7 : null),
    deliver: async (_deps, ticketId, mail) => {
      if (mail.from !== 'customer@example.test') return { refused: 'the sender is not the ticket’s customer' };
      delivered.push({ ticketId, mail });
      return {};
    },
  };
  const send = (message: SendMailOptions) =>
    nodemailer
      .createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true })
      .sendMail({ from: 'customer@example.test', to: GENUINE, subject: 'Re: [#7] Site down', ...message });

  beforeAll(async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      SUPPORT_SMTP_PORT: '0',
      SUPPORT_MAIL_MAX_BYTES: '200000',
    });
    const log = createLogger('info', { write: (line: string) => void logs.push(line) });
    const started = await supportSmtpListener(config, inboundMailSettings.of(config), replies).start({
      orm: null as unknown as MikroORM, // the test's replies never touch a database
      log,
    });
    listener = started!;
  });
  afterAll(async () => {
    await listener?.close();
  });

  it('takes a reply to a genuine address: the new text without the quote, and its attachments', async () => {
    await send({
      text: 'It works again, thanks!\n\nOn Fri, 4 Dec 2026 at 10:00, Support <help@example.test> wrote:\n> Please try again.\n',
      attachments: [
        { filename: 'screen.png', content: Buffer.from('89504e470d0a1a0a', 'hex'), contentType: 'image/png' },
      ],
      messageId: '<abc@example.test>',
    });
    expect(delivered).toHaveLength(1);
    const { ticketId, mail } = delivered[0]!;
    expect(ticketId).toBe(7);
    expect(mail).toMatchObject({
      from: 'customer@example.test',
      text: 'It works again, thanks!',
      subject: 'Re: [#7] Site down',
      messageId: '<abc@example.test>',
    });
    expect(mail.attachments).toEqual([
      { fileName: 'screen.png', contentType: 'image/png', content: Buffer.from('89504e470d0a1a0a', 'hex') },
    ]);
  });

  it('refuses a forged or unknown reply address at RCPT TO, and logs it', async () => {
    const before = delivered.length;
    const err = await send({ to: 'support+7.forgedsig@help.example.test', text: 'let me in' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ responseCode: 550 });
    expect(delivered).toHaveLength(before);
    expect(logs.some((l) => l.includes('support+7.forgedsig@help.example.test') && l.includes('not a genuine'))).toBe(
      true,
    );
  });

  it('refuses a sender who is not the ticket’s customer, and logs it without the message', async () => {
    const before = delivered.length;
    const err = await send({ from: 'stranger@example.test', text: 'secret-body-words' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ responseCode: 550 });
    expect(String((err as Error).message)).toMatch(/not the ticket’s customer/);
    expect(delivered).toHaveLength(before);
    const line = logs.find((l) => l.includes('stranger@example.test'));
    expect(line).toContain('"ticketId":7');
    expect(logs.some((l) => l.includes('secret-body-words'))).toBe(false);
  });

  it('refuses a message over the size limit (552) without parsing it', async () => {
    const before = delivered.length;
    const err = await send({ text: 'x'.repeat(300_000) }).catch((e: unknown) => e);
    expect(err).toMatchObject({ responseCode: 552 });
    expect(delivered).toHaveLength(before);
  });
});

describe('the reply text of a mail', () => {
  it('cuts the quoted message under the mail programs’ headers and trailing quote blocks', () => {
    expect(replyText('Thanks!\r\n\r\nAm 04.12.2026 um 10:00 schrieb Support <a@b.c>:\r\n> old')).toBe('Thanks!');
    expect(replyText('Yes.\n\n-----Original Message-----\nFrom: Support')).toBe('Yes.');
    expect(replyText('Done.\n\n> earlier\n>\n> more\n')).toBe('Done.');
    // Interleaved answers keep their quotes; a reply that is only a quote keeps it.
    expect(replyText('> question one\nanswer one\n> question two\nanswer two')).toBe(
      '> question one\nanswer one\n> question two\nanswer two',
    );
    expect(replyText('> only a quote')).toBe('> only a quote');
  });
});
