import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config';
import { unscoped } from '../../db/scope';
import type { User } from '../identity';
import { Reseller } from '../resellers';
import { MailEvent } from './mail-events';
import { mailLanguage, mailTime, writeMail } from './render';

/** Tells a user their password was changed (by them or by an admin), in the change's transaction. */
export async function mailPasswordChanged(em: EntityManager, config: Config, user: User, at: Date): Promise<void> {
  const company = await em.findOneOrFail(
    Reseller,
    { id: user.reseller.id },
    unscoped('the user’s own company, whose mail tells them of the change, whoever changed it'),
  );
  await writeMail(em, config, {
    company,
    event: MailEvent.PASSWORD_CHANGED,
    recipient: user.email,
    language: mailLanguage(user.language, company),
    values: { customerName: user.login, login: user.login, changedAt: mailTime(at) },
    dedupKey: `password-changed:${user.id}:${at.getTime()}`,
  });
}
