import fs from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config';
import { systemEm, unscoped } from '../../db/scope';
import type { TaskService } from '../../tasks/tasks.service';
import { MailMessage } from './mail-message.entity';
import { senderOf } from './sender';
import { mailSettings } from './settings';

/** After this many failed attempts a message stays in the outbox with its last error, for an admin to look at. */
export const MAX_MAIL_ATTEMPTS = 8;
const BATCH = 50;

/**
 * Where mail goes: SMTP when SMTP_URL is set (nodemailer: a well-kept SMTP client with TLS,
 * authentication and proper MIME encoding), otherwise RFC 822 files under DATA_DIR/mail, so the
 * embedded default shows what would have been sent.
 */
export function mailTransport(config: Config): Transporter {
  const { smtpUrl } = mailSettings.of(config);
  if (smtpUrl) return nodemailer.createTransport(smtpUrl);
  return nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
}

/**
 * Delivers up to BATCH unsent messages, oldest first, each from its company's sender (senderOf). Each is claimed by moving its attempt count
 * with a conditional update first, so two processes never both send one; sentAt is set after the
 * server accepted it (a crash in between sends it again on a later run: at least once, never lost).
 */
export async function deliverMail(
  em: EntityManager,
  config: Config,
  transport: Transporter,
): Promise<{ sent: number; failed: number }> {
  const pending = await em.find(
    MailMessage,
    { sentAt: null, attempts: { $lt: MAX_MAIL_ATTEMPTS } },
    {
      orderBy: { id: 'asc' },
      limit: BATCH,
      populate: ['reseller'],
      ...unscoped('the outbox sends every company’s pending mail, each from its company'),
    },
  );
  let sent = 0;
  let failed = 0;
  for (const message of pending) {
    const claimed = await em.nativeUpdate(
      MailMessage,
      { id: message.id, sentAt: null, attempts: message.attempts },
      { attempts: message.attempts + 1 },
    );
    if (claimed !== 1) continue;
    try {
      const sender = senderOf(config, message.reseller);
      const replyTo = message.replyTo ?? sender.replyTo;
      const info = await transport.sendMail({
        from: sender.from,
        ...(replyTo ? { replyTo } : {}),
        to: message.recipient,
        subject: message.subject,
        text: message.body,
      });
      if (!mailSettings.of(config).smtpUrl) {
        const dir = path.join(config.dataDir, 'mail');
        await fs.mkdir(dir, { recursive: true });
        await fs.writeFile(
          path.join(dir, `${String(message.id).padStart(8, '0')}.eml`),
          (info as { message: Buffer }).message,
        );
      }
      await em.nativeUpdate(MailMessage, { id: message.id }, { sentAt: new Date(), lastError: null });
      sent++;
    } catch (err) {
      await em.nativeUpdate(
        MailMessage,
        { id: message.id },
        { lastError: (err instanceof Error ? err.message : String(err)).slice(0, 500) },
      );
      failed++;
    }
  }
  return { sent, failed };
}

/** The outbox delivery every MAIL_SEND_SECONDS in each worker process. */
export function scheduleMailDelivery(tasks: TaskService, config: Config): void {
  const { sendMs } = mailSettings.of(config);
  if (sendMs <= 0) return;
  const transport = mailTransport(config);
  tasks.every('mail.deliver', sendMs, async ({ orm, log }) => {
    const result = await deliverMail(
      systemEm(orm, 'the periodic mail delivery runs outside any request'),
      config,
      transport,
    );
    if (result.sent + result.failed > 0) log.info(result, 'mail delivered');
  });
}
