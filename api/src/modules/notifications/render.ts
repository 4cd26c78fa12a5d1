import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config';
import type { Knex } from '@mikro-orm/knex';
import { preparedAll } from '../../db/prepared';
import { bulkWrite, sqlDate } from '../../db/raw-sql';
import { unscoped } from '../../db/scope';
import { Language } from '../../graphql/presentation';
import { panelUrl } from '../../http/panel-url';
import type { Account } from '../accounts';
import { MailMessage } from '../outbox';
import type { Reseller } from '../resellers';
import { DEFAULT_TEMPLATES, SIGNATURE_LABELS, type MailText } from './default-templates';
import { MailEvent, type MailValues } from './mail-events';
import { MailTemplate } from './mail-template.entity';
import { compileTemplate, fillCompiled, type CompiledTemplate } from './template';

/** A company as its mail shows it: name, details, panel host, default language. */
export type MailCompany = Pick<
  Reseller,
  'id' | 'name' | 'legalName' | 'address' | 'taxId' | 'supportEmail' | 'supportPhone' | 'cpHost' | 'defaultLanguage'
>;

/** Rows per INSERT of the bulk writer (7 parameters each: well under both dialects' limits). */
const INSERT_BATCH = 500;

export interface RenderedMail {
  subject: string;
  body: string;
}

/** The language a mail is written in: the recipient user's own, else the company's default. */
export function mailLanguage(userLanguage: Language | string | null | undefined, company: MailCompany): Language {
  return userLanguage === Language.EN || userLanguage === Language.DE ? userLanguage : company.defaultLanguage;
}

/** A date as mails show it (UTC day). */
export function mailDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A moment as mails show it (UTC, to the minute). */
export function mailTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * The company's signature that ends every mail it sends: its name, legal name, address, tax number,
 * support e-mail and phone, and its panel's address (from configuration). Only the sending
 * company's details: a reseller's customers never see the master's or the product's name.
 */
export function signature(config: Config, company: MailCompany, language: Language): string {
  const l = SIGNATURE_LABELS[language];
  const support = [company.supportEmail, company.supportPhone].filter(Boolean).join(', ');
  return [
    '-- ',
    company.name,
    company.legalName && company.legalName !== company.name ? company.legalName : null,
    company.address,
    company.taxId ? `${l.taxId}: ${company.taxId}` : null,
    support ? `${l.support}: ${support}` : null,
    `${l.panel}: ${panelUrl(config, company, '/')}`,
  ]
    .filter((line): line is string => !!line)
    .join('\n');
}

/** The values every mail of `company` has. */
export function commonValues(config: Config, company: MailCompany): MailValues {
  return {
    companyName: company.name,
    panelUrl: panelUrl(config, company, '/'),
    supportEmail: company.supportEmail,
    supportPhone: company.supportPhone,
  };
}

/** Fills a template for `company` and adds its signature; the text is plain (values are not markup). */
export function renderText(
  config: Config,
  company: MailCompany,
  language: Language,
  template: MailText,
  values: MailValues,
): RenderedMail {
  return fillMail(
    { subject: compileTemplate(template.subject), body: compileTemplate(template.body) },
    { ...values, ...commonValues(config, company) },
    signature(config, company, language),
  );
}

/** The template filled with every value, its blank runs tidied, the signature below. */
function fillMail(
  template: { subject: CompiledTemplate; body: CompiledTemplate },
  values: MailValues,
  signed: string,
): RenderedMail {
  const subject = fillCompiled(template.subject, values, true).trim().slice(0, 300);
  const text = fillCompiled(template.body, values)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { subject, body: `${text}\n\n${signed}\n` };
}

/**
 * The templates of some companies, read once: their overrides, else the built-in ones. The bulk
 * writers (a billing pass's invoices) render thousands of mails with one read.
 */
export class TemplateBook {
  /** Per company and language: its common values and signature, made once for all its mails. */
  private readonly frames = new Map<string, { common: MailValues; signature: string }>();
  /** Per company, event and language: its template split once into text and placeholders. */
  private readonly compiled = new Map<string, { subject: CompiledTemplate; body: CompiledTemplate }>();

  private constructor(private readonly overrides: Map<string, MailText>) {}

  static async load(em: EntityManager, companyIds: readonly number[]): Promise<TemplateBook> {
    const ids = [...new Set(companyIds)];
    const found = ids.length
      ? await em.find(
          MailTemplate,
          { reseller: { $in: ids } },
          unscoped('mail is written by engine work and flows for the companies named here, whoever the viewer'),
        )
      : [];
    return new TemplateBook(
      new Map(found.map((t) => [`${t.reseller.id}:${t.event}:${t.language}`, { subject: t.subject, body: t.body }])),
    );
  }

  /** One company's templates by one prepared statement (a mail written on a hot path). */
  static async loadOne(em: EntityManager, companyId: number): Promise<TemplateBook> {
    const found = await preparedAll<{ event: string; language: string; subject: string; body: string }>(
      em,
      'select event, language, subject, body from mail_template where reseller_id = ?',
      [companyId],
    );
    return new TemplateBook(
      new Map(found.map((t) => [`${companyId}:${t.event}:${t.language}`, { subject: t.subject, body: t.body }])),
    );
  }

  /** The company's wording of `event` in `language`, and whether it is its own. */
  template(companyId: number, event: MailEvent, language: Language): MailText & { overridden: boolean } {
    const own = this.overrides.get(`${companyId}:${event}:${language}`);
    return own ? { ...own, overridden: true } : { ...DEFAULT_TEMPLATES[event][language], overridden: false };
  }

  render(config: Config, company: MailCompany, event: MailEvent, language: Language, values: MailValues): RenderedMail {
    const key = `${company.id}:${language}`;
    let frame = this.frames.get(key);
    if (!frame) {
      frame = { common: commonValues(config, company), signature: signature(config, company, language) };
      this.frames.set(key, frame);
    }
    const tkey = `${company.id}:${event}:${language}`;
    let compiled = this.compiled.get(tkey);
    if (!compiled) {
      const t = this.template(company.id, event, language);
      compiled = { subject: compileTemplate(t.subject), body: compileTemplate(t.body) };
      this.compiled.set(tkey, compiled);
    }
    return fillMail(compiled, { ...values, ...frame.common }, frame.signature);
  }
}

/** One mail of `company` for `event` in `language`: its template (own or built-in) filled, with its signature. */
export async function renderMail(
  em: EntityManager,
  config: Config,
  company: MailCompany,
  event: MailEvent,
  language: Language,
  values: MailValues,
): Promise<RenderedMail> {
  return (await TemplateBook.load(em, [company.id])).render(config, company, event, language, values);
}

/** A mail to write: whose company, which event, to whom, in which language, with which values. */
export interface MailSpec {
  company: Reseller;
  event: MailEvent;
  recipient: string;
  language: Language;
  values: MailValues;
  account?: Account | null;
  /** Written once: a mail with the same key already in the outbox is not written again. */
  dedupKey?: string | null;
  /** Where answers go, instead of the company's support address (a ticket's signed reply address). */
  replyTo?: string | null;
}

/**
 * Writes one mail to the outbox in `em`'s transaction (delivered from the company's sender after
 * the commit). Whether it was written (false: its dedup key was already there).
 */
export async function writeMail(em: EntityManager, config: Config, spec: MailSpec): Promise<boolean> {
  if (
    spec.dedupKey &&
    (await em.findOne(
      MailMessage,
      { dedupKey: spec.dedupKey },
      unscoped('the outbox’s dedup key is unique across the table: an earlier mail with it, whoever’s scope'),
    ))
  )
    return false;
  const mail = await renderMail(em, config, spec.company, spec.event, spec.language, spec.values);
  em.create(MailMessage, {
    reseller: spec.company,
    account: spec.account ?? null,
    recipient: spec.recipient,
    dedupKey: spec.dedupKey ?? null,
    replyTo: spec.replyTo ?? null,
    ...mail,
  });
  await em.flush();
  return true;
}

/**
 * Many mails at once (a billing pass's invoices), rendered from one read of the templates and
 * inserted in batches, in `em`'s transaction. No dedup check: the caller writes each key once.
 */
export async function writeMails(
  em: EntityManager,
  config: Config,
  specs: readonly (Omit<MailSpec, 'company' | 'account'> & { company: Reseller; accountId?: number | null })[],
): Promise<number> {
  if (specs.length === 0) return 0;
  const book = await TemplateBook.load(
    em,
    specs.map((s) => s.company.id),
  );
  // One multi-row INSERT per batch: the ORM's per-row work would cost more than the billing pass itself.
  const now = sqlDate(em, new Date()) as Knex.RawBinding; // SQLite: epoch milliseconds; PostgreSQL: a Date
  const row = '(?, ?, ?, ?, ?, ?, 0, ?)';
  for (let i = 0; i < specs.length; i += INSERT_BATCH) {
    const batch = specs.slice(i, i + INSERT_BATCH);
    const params = batch.flatMap((s): Knex.RawBinding[] => {
      const mail = book.render(config, s.company, s.event, s.language, s.values);
      return [s.company.id, s.accountId ?? null, s.recipient, mail.subject, mail.body, s.dedupKey ?? null, now];
    });
    await bulkWrite(
      em,
      `insert into mail_message (reseller_id, account_id, recipient, subject, body, dedup_key, attempts, created_at)
       values ${batch.map(() => row).join(', ')}`,
      params,
    );
  }
  return specs.length;
}
