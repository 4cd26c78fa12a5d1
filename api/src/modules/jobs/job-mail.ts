import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config';
import { rows } from '../../db/raw-sql';
import { unscoped } from '../../db/scope';
import { panelUrl } from '../../http/panel-url';
import { moneyText } from '../billing';
import { Language } from '../../graphql/presentation';
import { Reseller } from '../resellers';
import { Role } from '../identity';
import { MailEvent, mailLanguage, writeMail } from '../notifications';
import type { CustomJob } from './custom-job.entity';
import { CustomJobState } from './enums';

/** A state as the customer reads it in the mail, per language. */
const STATE_WORDS: Record<Language, Record<CustomJobState, string>> = {
  [Language.EN]: {
    ORDERED: 'ordered',
    IN_PROGRESS: 'in progress',
    WAITING_FOR_CUSTOMER: 'waiting for you',
    DONE: 'done',
    CANCELLED: 'cancelled',
  },
  [Language.DE]: {
    ORDERED: 'bestellt',
    IN_PROGRESS: 'in Arbeit',
    WAITING_FOR_CUSTOMER: 'wartet auf Sie',
    DONE: 'erledigt',
    CANCELLED: 'storniert',
  },
};

type Person = { id: number; email: string; login: string; language: string | null };

async function companyOf(em: EntityManager, job: CustomJob): Promise<Reseller> {
  return em.findOneOrFail(
    Reseller,
    { id: job.reseller.id },
    unscoped('the job’s company, whose mail this is, whoever the viewer is'),
  );
}

async function ownerOf(em: EntityManager, job: CustomJob): Promise<Person | undefined> {
  const [owner] = await rows<Person>(
    em,
    'select u.id, u.email, u.login, u.language from app_user u join account a on a.owner_id = u.id where a.id = ?',
    [job.account.id],
  );
  return owner;
}

/** Tells the company's admins a custom job was ordered (CUSTOM_JOB_ORDERED), in the ordering transaction. */
export async function mailJobOrdered(em: EntityManager, config: Config, job: CustomJob): Promise<void> {
  const company = await companyOf(em, job);
  const owner = await ownerOf(em, job);
  const admins = await rows<Person>(
    em,
    'select id, email, login, language from app_user where reseller_id = ? and role in (?, ?) order by id',
    [company.id, Role.MASTER_ADMIN, Role.RESELLER_ADMIN],
  );
  for (const admin of admins) {
    await writeMail(em, config, {
      company,
      event: MailEvent.CUSTOM_JOB_ORDERED,
      recipient: admin.email,
      language: mailLanguage(admin.language, company),
      account: job.account,
      dedupKey: `custom-job-ordered:${job.id}:${admin.id}`,
      values: {
        adminName: admin.login,
        customerName: owner?.login ?? '',
        accountId: job.account.id,
        jobId: job.id,
        jobTitle: job.title,
        amount: moneyText(job.priceMinor, job.currency),
        brief: job.brief,
        jobUrl: panelUrl(config, company, `/admin/jobs/${job.id}`),
      },
    });
  }
}

/** Tells the account's owner their job moved to a new state (CUSTOM_JOB_UPDATED), once per move. */
export async function mailJobUpdated(em: EntityManager, config: Config, job: CustomJob, at: Date): Promise<void> {
  const company = await companyOf(em, job);
  const owner = await ownerOf(em, job);
  if (!owner) return;
  const language = mailLanguage(owner.language, company);
  await writeMail(em, config, {
    company,
    event: MailEvent.CUSTOM_JOB_UPDATED,
    recipient: owner.email,
    language,
    account: job.account,
    dedupKey: `custom-job-updated:${job.id}:${job.state}:${at.getTime()}`,
    values: {
      customerName: owner.login,
      accountId: job.account.id,
      jobId: job.id,
      jobTitle: job.title,
      state: STATE_WORDS[language][job.state],
      jobUrl: panelUrl(config, company, `/jobs/${job.id}`),
    },
  });
}
