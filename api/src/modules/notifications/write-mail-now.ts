import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config';
import { preparedGet, preparedRun } from '../../db/prepared';
import type { MailCompany, MailSpec } from './render';
import { TemplateBook } from './render';

/** What writeMailNow takes: writeMail's spec, with the company's mail details and the account by ID. */
export type MailNowSpec = Omit<MailSpec, 'company' | 'account'> & { company: MailCompany; accountId?: number | null };

/**
 * writeMail by prepared statements and no entities, for a hot path (a payment's receipt): the dedup
 * key checked, the company's templates read, the mail inserted, in `em`'s transaction. Whether it
 * was written (false: its dedup key was already there).
 */
export async function writeMailNow(em: EntityManager, config: Config, spec: MailNowSpec): Promise<boolean> {
  if (spec.dedupKey && (await preparedGet(em, 'select id from mail_message where dedup_key = ?', [spec.dedupKey])))
    return false;
  const book = await TemplateBook.loadOne(em, spec.company.id);
  const mail = book.render(config, spec.company, spec.event, spec.language, spec.values);
  await preparedRun(
    em,
    `insert into mail_message (reseller_id, account_id, recipient, subject, body, dedup_key, reply_to, attempts, created_at)
     values (?, ?, ?, ?, ?, ?, ?, 0, ?)`,
    [
      spec.company.id,
      spec.accountId ?? null,
      spec.recipient,
      mail.subject,
      mail.body,
      spec.dedupKey ?? null,
      spec.replyTo ?? null,
      new Date(),
    ],
  );
  return true;
}
