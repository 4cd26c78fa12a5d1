import { z } from 'zod';
import type { Config } from '../../config';
import { notFound, validate } from '../../errors';
import type { Ctx } from '../../graphql/context';
import { Language } from '../../graphql/presentation';
import { panelUrl } from '../../http/panel-url';
import { emailSchema } from '../identity';
import { senderOf } from '../outbox';
import { Reseller } from '../resellers';
import { DEFAULT_TEMPLATES } from './default-templates';
import { MailEvent, placeholdersOf, REQUIRED_PLACEHOLDERS, type MailValues } from './mail-events';
import { MailTemplate } from './mail-template.entity';
import type { MailPreview, MailSenderView, MailTemplateView } from './notifications.inputs';
import { mailDate, mailTime, renderText } from './render';
import { BODY_MAX, SUBJECT_MAX, templateProblems } from './template';

const templateSchema = z
  .object({
    event: z.enum(MailEvent),
    language: z.enum(Language),
    subject: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(SUBJECT_MAX, `must be at most ${SUBJECT_MAX} characters`)
      .refine((s) => !/[\r\n]/.test(s), 'must be one line'),
    body: z
      .string()
      .transform((b) => b.replace(/\r\n?/g, '\n'))
      .pipe(
        z
          .string()
          .refine((b) => b.trim().length > 0, 'must not be empty')
          .refine((b) => b.length <= BODY_MAX, `must be at most ${BODY_MAX.toLocaleString('en')} characters`),
      ),
  })
  .superRefine((v, issues) => {
    const allowed = placeholdersOf(v.event);
    for (const field of ['subject', 'body'] as const) {
      const problems = templateProblems(v[field], allowed);
      if (problems.length) issues.addIssue({ code: 'custom', path: [field], message: problems.join('; ') });
    }
    const missing = (REQUIRED_PLACEHOLDERS[v.event] ?? []).filter((p) => !v.body.includes(`{{${p}}}`));
    if (missing.length)
      issues.addIssue({
        code: 'custom',
        path: ['body'],
        message: `must contain ${missing.map((p) => `{{${p}}}`).join(', ')}: the mail is useless without it`,
      });
  });

const senderSchema = z.object({
  senderName: z
    .string()
    .trim()
    .max(100, 'must be at most 100 characters')
    .refine((s) => !/[\u0000-\u001f\u007f<>"]/.test(s), 'must not contain line breaks, quotes or angle brackets')
    .nullish(),
  senderAddress: z
    .string()
    .trim()
    .transform((s) => s || null)
    .pipe(emailSchema.nullable())
    .nullish(),
});

/** Sample values for a preview: every placeholder of the event has one, in the preview's language. */
function sampleValues(config: Config, company: Reseller, event: MailEvent, language: Language): MailValues {
  const de = language === Language.DE;
  const now = new Date();
  const amount = `19.90 ${company.currency}`;
  const samples: MailValues = {
    customerName: 'Jane Doe',
    adminName: 'admin',
    login: 'jane',
    accountId: 1042,
    accountName: de ? 'Janes Laden' : 'Jane’s shop',
    planName: 'Business',
    invoiceNumber: 42,
    amount,
    issueDate: mailDate(now),
    dueDate: mailDate(new Date(now.getTime() + company.paymentTermDays * 86_400_000)),
    invoiceUrl: panelUrl(config, company, '/invoices/42'),
    openInvoices: 1,
    daysOverdue: 3,
    suspensionWarning:
      company.suspendAfterDays === null
        ? ''
        : de
          ? `Das Konto wird gesperrt, wenn seine Rechnungen ${company.suspendAfterDays} Tage überfällig sind.`
          : `The account will be suspended when its invoices are ${company.suspendAfterDays} days overdue.`,
    paymentId: 7,
    method: de ? 'Karte (Visa •••• 4242)' : 'card (Visa •••• 4242)',
    paidDate: mailDate(now),
    card: 'Visa •••• 4242',
    reason: de ? 'Karte abgelehnt' : 'card declined',
    changedAt: mailTime(now),
    email: 'jane@example.com',
    expiresAt: mailTime(new Date(now.getTime() + 3_600_000)),
    resetUrl: panelUrl(config, company, '/reset-password?token=sample-token-of-the-link'),
    verifyUrl: panelUrl(config, company, '/verify-email?token=sample-token-of-the-link'),
    alertTitle: de
      ? 'eine Kundenanfrage ist an der Einrichtung gescheitert'
      : 'a customer request failed because of the hosting setup',
    alertIntro: de
      ? 'Eine Anfrage eines Kunden konnte wegen eines Problems in der Einrichtung nicht ausgeführt werden:'
      : 'A customer’s request could not be carried out because of a problem in the setup:',
    alertMessage: de ? 'Kein DNS-Server hat Platz.' : 'No DNS server has room.',
    fixUrl: panelUrl(config, company, '/admin/servers/groups'),
    alertFooter: '',
  };
  return Object.fromEntries(placeholdersOf(event).map((p) => [p, samples[p]]));
}

/**
 * A company's e-mail (issue 17): its templates per event and language, and its sender. Admins
 * manage their own company's only: the company is always the viewer's, never an argument.
 */
export class NotificationService {
  constructor(private readonly config: Config) {}

  private async ownCompany(ctx: Ctx): Promise<Reseller> {
    const company = await ctx.em.findOne(Reseller, { id: ctx.viewer!.resellerId });
    if (!company) throw notFound('Company');
    return company;
  }

  /** Every event × language of the viewer's company, with the wording in effect. */
  async list(ctx: Ctx): Promise<MailTemplateView[]> {
    const company = await this.ownCompany(ctx);
    const own = await ctx.em.find(MailTemplate, { reseller: company.id });
    const byKey = new Map(own.map((t) => [`${t.event}:${t.language}`, t]));
    return Object.values(MailEvent).flatMap((event) =>
      Object.values(Language).map((language) => this.view(event, language, byKey.get(`${event}:${language}`))),
    );
  }

  private view(event: MailEvent, language: Language, own: MailTemplate | undefined): MailTemplateView {
    const text = own ?? DEFAULT_TEMPLATES[event][language];
    return {
      event,
      language,
      subject: text.subject,
      body: text.body,
      overridden: !!own,
      placeholders: placeholdersOf(event),
      updatedAt: own?.updatedAt ?? null,
    };
  }

  /** Saves the company's own wording of one e-mail; placeholders outside the event's list are refused, naming them. */
  async save(ctx: Ctx, input: unknown): Promise<MailTemplateView> {
    const v = validate(templateSchema, input);
    const company = await this.ownCompany(ctx);
    const saved = await ctx.em.transactional(async (em) => {
      const existing = await em.findOne(MailTemplate, {
        reseller: company.id,
        event: v.event,
        language: v.language,
      });
      const row =
        existing ??
        em.create(MailTemplate, {
          reseller: em.getReference(Reseller, company.id),
          event: v.event,
          language: v.language,
          subject: v.subject,
          body: v.body,
        });
      Object.assign(row, { subject: v.subject, body: v.body, updatedAt: new Date() });
      await em.flush();
      return row;
    });
    return this.view(v.event, v.language, saved);
  }

  /** Drops the company's own wording: the built-in template is used again. */
  async reset(ctx: Ctx, event: MailEvent, language: Language): Promise<MailTemplateView> {
    const v = validate(z.object({ event: z.enum(MailEvent), language: z.enum(Language) }), { event, language });
    const company = await this.ownCompany(ctx);
    await ctx.em.nativeDelete(MailTemplate, { reseller: company.id, event: v.event, language: v.language });
    return this.view(v.event, v.language, undefined);
  }

  /** The mail as it would be sent, from a draft (checked like a save), with sample values; nothing is sent or stored. */
  async preview(ctx: Ctx, input: unknown): Promise<MailPreview> {
    const v = validate(templateSchema, input);
    const company = await this.ownCompany(ctx);
    const mail = renderText(
      this.config,
      company,
      v.language,
      { subject: v.subject, body: v.body },
      sampleValues(this.config, company, v.event, v.language),
    );
    const sender = senderOf(this.config, company);
    return { ...mail, from: `"${sender.from.name}" <${sender.from.address}>`, replyTo: sender.replyTo };
  }

  async sender(ctx: Ctx): Promise<MailSenderView> {
    return this.senderView(await this.ownCompany(ctx));
  }

  private senderView(company: Reseller): MailSenderView {
    const sender = senderOf(this.config, company);
    return {
      senderName: company.senderName,
      senderAddress: company.senderAddress,
      effectiveName: sender.from.name,
      effectiveAddress: sender.from.address,
      replyTo: sender.replyTo,
    };
  }

  /** Sets the company's sender name and address; empty values go back to the defaults. */
  async updateSender(ctx: Ctx, input: unknown): Promise<MailSenderView> {
    const v = validate(senderSchema, input);
    const company = await this.ownCompany(ctx);
    if (v.senderName !== undefined) company.senderName = v.senderName || null;
    if (v.senderAddress !== undefined) company.senderAddress = v.senderAddress || null;
    await ctx.em.flush();
    return this.senderView(company);
  }
}
