import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/core';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Config } from '../../../config';
import type { Logger } from '../../../logger';
import type { AreaListener, StartedListener } from '../../../module';
import { replyText } from './reply-text';
import type { InboundMailSettings } from './settings';

/** A mailed reply as the thread takes it. */
export interface InboundMail {
  /** The From header's address, lower-cased: who the reply is from. */
  from: string;
  /** Its Message-ID, so a relay's retry of a mail already taken is recognised. */
  messageId: string | null;
  subject: string;
  /** What was written, without the quoted message below it. */
  text: string;
  attachments: { fileName: string; contentType: string; content: Buffer }[];
}

/** Where mailed replies go: the support area's tickets. */
export interface MailedReplies {
  /** The ticket a recipient address names, when its signed token is genuine; null for any other address. */
  ticketFor(address: string): number | null;
  /** Adds the mail to the ticket's thread; answers the reason when its sender may not write there. */
  deliver(deps: { orm: MikroORM; log: Logger }, ticketId: number, mail: InboundMail): Promise<{ refused?: string }>;
}

/** An SMTP answer: smtp-server sends `responseCode` and the message to the client. */
const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/** Reads the whole message, keeping at most `max` bytes; answers null when it was bigger (drained all the same, or the client hangs). */
async function readLimited(stream: Readable, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size <= max) chunks.push(chunk as Buffer);
  }
  return size > max ? null : Buffer.concat(chunks);
}

const firstAddress = (from: AddressObject | AddressObject[] | undefined): string | null => {
  const list = Array.isArray(from) ? from : from ? [from] : [];
  const found = list.flatMap((a) => a.value).find((v) => v.address);
  return found?.address ? found.address.toLowerCase() : null;
};

/**
 * The SMTP listener (smtp-server) that takes replies mailed to tickets, off unless SUPPORT_SMTP_PORT
 * is set. It is an MX for the reply addresses only: a recipient without a genuine signed token is
 * refused at RCPT TO (550) and logged, so forged and guessed addresses never reach the parser; a
 * message over SUPPORT_MAIL_MAX_BYTES is refused (552) unparsed; a sender who is not the ticket's
 * customer is refused (550) and logged. No AUTH: nobody signs in to send a reply.
 */
export function supportSmtpListener(
  config: Config,
  settings: InboundMailSettings,
  replies: MailedReplies,
): AreaListener {
  return {
    name: 'support-smtp',
    async start({ orm, log }): Promise<StartedListener | null> {
      if (settings.port === null) return null;
      const server = new SMTPServer({
        name: new URL(config.publicUrl).hostname,
        banner: 'Heliosphere support replies',
        authOptional: true,
        disabledCommands: ['AUTH', 'STARTTLS'],
        size: settings.maxBytes,
        maxClients: 50,
        logger: false,
        onRcptTo(address, session, callback) {
          if (replies.ticketFor(address.address) !== null) return callback();
          log.warn(
            { recipient: address.address, remote: session.remoteAddress },
            'support mail refused: the recipient is not a genuine reply address',
          );
          callback(smtpError(550, '5.1.1 No such reply address'));
        },
        onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
          receive(stream, session).then(
            () => callback(),
            (err: Error & { responseCode?: number }) => {
              if (!err.responseCode) log.error({ err }, 'support mail could not be taken');
              callback(err.responseCode ? err : smtpError(451, '4.3.0 Try again later'));
            },
          );
        },
      });

      async function receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
        const raw = await readLimited(stream, settings.maxBytes);
        if (!raw) throw smtpError(552, '5.3.4 Message too big');
        const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextLinks: true });
        const from = firstAddress(parsed.from);
        if (!from) throw smtpError(550, '5.1.7 The message has no sender address');
        const mail: InboundMail = {
          from,
          messageId: parsed.messageId ?? null,
          subject: parsed.subject ?? '',
          text: replyText(parsed.text ?? ''),
          attachments: parsed.attachments.map((a) => ({
            fileName: a.filename ?? 'attachment',
            contentType: a.contentType,
            content: a.content,
          })),
        };
        for (const rcpt of session.envelope.rcptTo) {
          const ticketId = replies.ticketFor(rcpt.address);
          if (ticketId === null) continue; // refused at RCPT TO already
          const outcome = await replies.deliver({ orm, log }, ticketId, mail);
          if (outcome.refused) {
            log.warn(
              { ticketId, sender: from, remote: session.remoteAddress },
              `support mail refused: ${outcome.refused}`,
            );
            throw smtpError(550, `5.7.1 ${outcome.refused}`);
          }
        }
      }

      const host = settings.host ?? config.host;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(settings.port!, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      server.on('error', (err) => log.error({ err }, 'support SMTP listener error'));
      return {
        port: (server.server.address() as AddressInfo).port,
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
      };
    },
  };
}
