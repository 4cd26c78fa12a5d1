import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config';
import type { User } from '../identity';
import type { Reseller } from '../resellers';
import { MailEvent } from './mail-events';
import { mailLanguage, mailTime, writeMail } from './render';

/**
 * The password reset link, to the user's address on file, in the company's template and the
 * user's language, in the transaction that made the link. (The outbox keeps the mail until it is
 * delivered, as any mail queue would; the link works one hour, once.)
 */
export async function mailPasswordReset(
  em: EntityManager,
  config: Config,
  e: { user: User; company: Reseller; link: string; expiresAt: Date },
): Promise<void> {
  await writeMail(em, config, {
    company: e.company,
    event: MailEvent.PASSWORD_RESET,
    recipient: e.user.email,
    language: mailLanguage(e.user.language, e.company),
    values: { customerName: e.user.login, login: e.user.login, resetUrl: e.link, expiresAt: mailTime(e.expiresAt) },
  });
}

/** The link that verifies `email`, to that address, in the transaction that made it. */
export async function mailEmailVerification(
  em: EntityManager,
  config: Config,
  e: { user: User; company: Reseller; email: string; link: string; expiresAt: Date },
): Promise<void> {
  await writeMail(em, config, {
    company: e.company,
    event: MailEvent.EMAIL_VERIFICATION,
    recipient: e.email,
    language: mailLanguage(e.user.language, e.company),
    values: {
      customerName: e.user.login,
      login: e.user.login,
      email: e.email,
      verifyUrl: e.link,
      expiresAt: mailTime(e.expiresAt),
    },
  });
}
