import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { systemEm } from '../../db/scope';
import { describeApi } from '../../test/api';
import type { GqlClient } from '../../test/client';
import { startSmtpSink, type SmtpSink } from '../../test/smtp';
import {
  createEndUser,
  createReseller,
  PASSWORD,
  setupMaster,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { createPlan, DAY, invoicesOf, PROFILE, runAt, signupOn, sql } from '../billing/testing';
import { deliverMail, mailTransport } from '../outbox/mail-sender';
import { D } from '../domains/testing';
import { card, customerOwing, PAY } from '../payments/testing';

/* Company e-mail (issue 17): templates per event and language, the company's sender and signature,
 * and every mail the panel writes going through them. */

const VIEW = 'event language subject body overridden placeholders updatedAt';
const Q = {
  list: `{ mailTemplates { ${VIEW} } }`,
  save: `mutation($i: MailTemplateInput!) { saveMailTemplate(input: $i) { ${VIEW} } }`,
  reset: `mutation($e: MailEvent!, $l: Language!) { resetMailTemplate(event: $e, language: $l) { ${VIEW} } }`,
  preview: `query($i: MailTemplateInput!) { previewMailTemplate(input: $i) { subject body from replyTo } }`,
  sender: `{ mailSender { senderName senderAddress effectiveName effectiveAddress replyTo } }`,
  updateSender: `mutation($i: MailSenderInput!) { updateMailSender(input: $i) { senderName senderAddress effectiveName effectiveAddress replyTo } }`,
  settings: `mutation($i: ResellerSettingsInput!) { updateResellerSettings(input: $i) { id } }`,
};

interface Mail {
  recipient: string;
  subject: string;
  body: string;
  dedup_key: string | null;
  reseller_id: number;
}

describeApi('company e-mail: templates, sender, signature', (api) => {
  let master: MasterClient;
  let acme: ResellerAdminClient;
  let other: ResellerAdminClient;
  let smtp: SmtpSink;

  const mails = (where: string, params: unknown[]) =>
    sql<Mail>(
      api.orm,
      `select recipient, subject, body, dedup_key, reseller_id from mail_message where ${where} order by id`,
      params,
    );
  const templateOf = async (client: GqlClient, event: string, language: string) =>
    (await client.ok(Q.list)).mailTemplates.find((t: any) => t.event === event && t.language === language);
  /** Nothing of the master's company or of the product in a reseller's mail. */
  const expectAcmeOnly = (mail: Mail) => {
    for (const text of [mail.subject, mail.body]) {
      expect(text).not.toMatch(/heliosphere/i);
      expect(text).not.toContain('Root Hosting');
    }
    expect(mail.body).toContain('Acme Web GmbH');
    expect(mail.body).toContain('VAT/tax number: DE123456789');
    expect(mail.body).toContain('Support: help@acme.test, +49 30 1234');
    expect(mail.body).toContain(`http://${acme.cpHost}:`);
  };

  beforeAll(async () => {
    master = await setupMaster(api, { companyName: 'Root Hosting' });
    acme = await createReseller(master, api, { name: 'Acme Web' });
    other = await createReseller(master, api, { name: 'Other Host' });
    await acme.ok(Q.settings, {
      i: {
        legalName: 'Acme Web GmbH',
        address: 'Acme Street 1\n10115 Berlin',
        taxId: 'DE123456789',
        supportEmail: 'help@acme.test',
        supportPhone: '+49 30 1234',
      },
    });
    smtp = await startSmtpSink();
  });
  afterAll(() => smtp.close());

  it('lists every e-mail in English and German with the built-in wording and its placeholders; end users are refused', async () => {
    const list = (await acme.ok(Q.list)).mailTemplates;
    expect(list).toHaveLength(30);
    expect(list.every((t: any) => t.overridden === false && t.updatedAt === null)).toBe(true);
    const welcome = list.find((t: any) => t.event === 'WELCOME' && t.language === 'DE');
    expect(welcome.subject).toBe('Willkommen bei {{companyName}}');
    expect(welcome.placeholders).toEqual([
      'companyName',
      'panelUrl',
      'supportEmail',
      'supportPhone',
      'customerName',
      'login',
      'accountId',
      'accountName',
      'planName',
    ]);
    const user = await createEndUser(acme, api);
    const input = { event: 'WELCOME', language: 'EN', subject: 'Hi', body: 'Hi' };
    for (const [q, v] of [
      [Q.list, {}],
      [Q.sender, {}],
      [Q.preview, { i: input }],
      [Q.save, { i: input }],
      [Q.reset, { e: 'WELCOME', l: 'EN' }],
      [Q.updateSender, { i: { senderName: 'Eve' } }],
    ] as const) {
      expect((await user.fails(q, v)).extensions?.code).toBe('FORBIDDEN');
      expect((await api.client(acme.cpHost).fails(q, v)).extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await acme.ok(Q.sender)).mailSender.senderName).toBeNull();
  });

  it('a bad template names the field and the placeholder, and changes nothing', async () => {
    const fields = async (q: string, over: Record<string, unknown>) =>
      (
        await acme.fails(q, {
          i: { event: 'PASSWORD_CHANGED', language: 'EN', subject: 'Changed', body: 'Dear {{customerName}}', ...over },
        })
      ).extensions?.fields;
    for (const q of [Q.save, Q.preview]) {
      expect(await fields(q, { body: 'Dear {{customerNme}}, {{login}}' })).toEqual([
        {
          field: 'body',
          message: expect.stringContaining('unknown placeholder {{customerNme}}; allowed: {{companyName}}'),
        },
      ]);
      // invoiceNumber is another mail's placeholder, not this one's.
      expect(await fields(q, { subject: 'Invoice {{invoiceNumber}}' })).toEqual([
        { field: 'subject', message: expect.stringContaining('unknown placeholder {{invoiceNumber}}') },
      ]);
      expect(await fields(q, { subject: 'Hi {{companyName}', body: 'oops }} here' })).toEqual([
        { field: 'subject', message: expect.stringContaining('unbalanced braces') },
        { field: 'body', message: expect.stringContaining('unbalanced braces') },
      ]);
      expect(await fields(q, { subject: 'x'.repeat(201), body: 'y'.repeat(20_001) })).toEqual([
        { field: 'subject', message: 'must be at most 200 characters' },
        { field: 'body', message: 'must be at most 20,000 characters' },
      ]);
      expect(await fields(q, { subject: ' ', body: '\n' })).toEqual([
        { field: 'subject', message: 'must not be empty' },
        { field: 'body', message: 'must not be empty' },
      ]);
    }
    expect((await acme.ok(Q.list)).mailTemplates.some((t: any) => t.overridden)).toBe(false);
  });

  it('the sender is checked per field; empty values go back to the company name and the panel’s address', async () => {
    const before = (await acme.ok(Q.sender)).mailSender;
    const fields = async (i: Record<string, unknown>) =>
      (await acme.fails(Q.updateSender, { i })).extensions?.fields?.map((f) => f.field);
    expect(await fields({ senderAddress: 'not an address' })).toEqual(['senderAddress']);
    expect(await fields({ senderName: 'Acme\r\nBcc: eve@evil.test' })).toEqual(['senderName']);
    expect(await fields({ senderName: 'x'.repeat(101), senderAddress: 'a@b' })).toEqual([
      'senderName',
      'senderAddress',
    ]);
    expect((await acme.ok(Q.sender)).mailSender).toEqual(before);
    expect(before).toEqual({
      senderName: null,
      senderAddress: null,
      effectiveName: 'Acme Web',
      effectiveAddress: 'noreply@localhost',
      replyTo: 'help@acme.test',
    });
    const set = (
      await acme.ok(Q.updateSender, { i: { senderName: 'Acme Billing', senderAddress: 'Billing@Acme.test' } })
    ).updateMailSender;
    expect(set).toMatchObject({ effectiveName: 'Acme Billing', effectiveAddress: 'billing@acme.test' });
    const cleared = (await acme.ok(Q.updateSender, { i: { senderName: ' ', senderAddress: '' } })).updateMailSender;
    expect(cleared).toEqual(before);
    await acme.ok(Q.updateSender, { i: { senderName: 'Acme Billing', senderAddress: 'billing@acme.test' } });
    // The other company's sender is its own.
    expect((await other.ok(Q.sender)).mailSender).toMatchObject({ effectiveName: 'Other Host', replyTo: null });
    expect((await master.ok(Q.sender)).mailSender.effectiveName).toBe('Root Hosting');
  });

  it('the preview fills the draft with sample values and the company’s signature; nothing is saved or sent', async () => {
    const [{ n: before }] = await sql<{ n: number }>(api.orm, 'select count(*) as n from mail_message');
    const preview = (
      await acme.ok(Q.preview, {
        i: {
          event: 'INVOICE_ISSUED',
          language: 'EN',
          subject: 'Invoice {{ invoiceNumber }} from {{companyName}}',
          body: 'Hi {{customerName}}, please pay {{amount}} by {{dueDate}}: {{invoiceUrl}}',
        },
      })
    ).previewMailTemplate;
    expect(preview.subject).toBe('Invoice 42 from Acme Web');
    expect(preview.body).toMatch(/^Hi Jane Doe, please pay 19\.90 USD by \d{4}-\d\d-\d\d: http:\/\/cp/);
    expect(preview.from).toBe('"Acme Billing" <billing@acme.test>');
    expect(preview.replyTo).toBe('help@acme.test');
    expectAcmeOnly({ subject: preview.subject, body: preview.body } as Mail);
    expect(preview.body).toContain('Acme Street 1\n10115 Berlin');
    const [{ n: after }] = await sql<{ n: number }>(api.orm, 'select count(*) as n from mail_message');
    expect(Number(after)).toBe(Number(before));
    expect((await templateOf(acme, 'INVOICE_ISSUED', 'EN')).overridden).toBe(false);
  });

  it('each company sees and changes only its own templates; a reset goes back to the built-in one', async () => {
    const saved = (
      await acme.ok(Q.save, {
        i: { event: 'WELCOME', language: 'DE', subject: 'Willkommen, {{customerName}}!', body: 'Ihr Login: {{login}}' },
      })
    ).saveMailTemplate;
    expect(saved).toMatchObject({ overridden: true, subject: 'Willkommen, {{customerName}}!' });
    expect((await templateOf(acme, 'WELCOME', 'DE')).body).toBe('Ihr Login: {{login}}');
    // The other reseller and the master still have the built-in one; resetting theirs leaves Acme's.
    expect((await templateOf(other, 'WELCOME', 'DE')).overridden).toBe(false);
    expect((await templateOf(master, 'WELCOME', 'DE')).overridden).toBe(false);
    expect((await other.ok(Q.reset, { e: 'WELCOME', l: 'DE' })).resetMailTemplate.overridden).toBe(false);
    await other.ok(Q.save, { i: { event: 'WELCOME', language: 'DE', subject: 'Hallo', body: 'Other {{login}}' } });
    expect((await templateOf(acme, 'WELCOME', 'DE')).body).toBe('Ihr Login: {{login}}');
    expect((await templateOf(other, 'WELCOME', 'DE')).body).toBe('Other {{login}}');
    // Saving again replaces; a reset of a built-in one is harmless.
    await acme.ok(Q.save, {
      i: { event: 'PAYMENT_DECLINED', language: 'EN', subject: 'Declined', body: 'Declined' },
    });
    expect((await acme.ok(Q.reset, { e: 'PAYMENT_DECLINED', l: 'EN' })).resetMailTemplate).toMatchObject({
      overridden: false,
      subject: '{{companyName}}: your card was declined for invoice {{invoiceNumber}}',
    });
    expect((await acme.ok(Q.reset, { e: 'PAYMENT_DECLINED', l: 'EN' })).resetMailTemplate.overridden).toBe(false);
    const rows = await sql<{ reseller_id: number; event: string }>(
      api.orm,
      'select reseller_id, event from mail_template order by id',
    );
    expect(rows.map((r) => [Number(r.reseller_id), r.event])).toEqual([
      [Number(acme.resellerId), 'WELCOME'],
      [Number(other.resellerId), 'WELCOME'],
    ]);
  });

  it('a reseller’s customer gets welcome and invoice mails in the reseller’s templates and language, never the master’s name', async () => {
    await acme.ok(Q.save, {
      i: {
        event: 'WELCOME',
        language: 'EN',
        subject: 'Hello from {{companyName}}, {{customerName}}',
        body: 'Your login {{login}} for account {{accountId}} on {{planName}}. Help: {{supportEmail}}',
      },
    });
    const planId = await createPlan(acme, { name: 'Starter', recurringFee: '5' });
    const en = await signupOn(api, acme.cpHost, planId, 1);
    const [invoice] = await invoicesOf(en.client, en.accountId);
    const all = await mails('account_id = ?', [Number(en.accountId)]);
    expect(all).toHaveLength(2);
    const welcome = all.find((m) => m.dedup_key?.startsWith('welcome:'));
    const issued = all.find((m) => m.dedup_key?.startsWith('invoice-issued:'));
    expect(welcome).toMatchObject({
      recipient: `${en.login}@customer.test`,
      subject: `Hello from Acme Web, ${PROFILE.name}`,
      dedup_key: `welcome:${en.accountId}`,
    });
    expect(welcome!.body).toContain(
      `Your login ${en.login} for account ${en.accountId} on Starter. Help: help@acme.test`,
    );
    expect(issued).toMatchObject({
      recipient: PROFILE.email,
      subject: `Acme Web: invoice ${invoice.number} for account ${en.accountId}`,
      dedup_key: `invoice-issued:${invoice.id}`,
    });
    expect(issued!.body).toContain('Amount: 5.00 USD, due on');
    expect(issued!.body).toContain(`http://${acme.cpHost}:`);
    expect(issued!.body).toContain(`/invoices/${invoice.id}`);
    for (const m of [welcome!, issued!]) {
      expectAcmeOnly(m);
      expect(Number(m.reseller_id)).toBe(Number(acme.resellerId));
    }

    // The company's default language is German: its override of the German welcome, and the built-in German invoice mail.
    await acme.ok(Q.settings, { i: { defaultLanguage: 'DE' } });
    const de = await signupOn(api, acme.cpHost, planId, 1);
    const [welcomeDe] = await mails(`account_id = ? and dedup_key like 'welcome:%'`, [Number(de.accountId)]);
    const [issuedDe] = await mails(`account_id = ? and dedup_key like 'invoice-issued:%'`, [Number(de.accountId)]);
    expect(welcomeDe!.subject).toBe(`Willkommen, ${PROFILE.name}!`);
    expect(welcomeDe!.body).toContain(`Ihr Login: ${de.login}`);
    expect(welcomeDe!.body).toContain('USt-IdNr./Steuernummer: DE123456789');
    expect(issuedDe!.subject).toMatch(/^Acme Web: Rechnung \d+ für Konto/);
    expectAcmeOnly({ ...issuedDe!, body: issuedDe!.body.replace('USt-IdNr./Steuernummer', 'VAT/tax number') });
    await acme.ok(Q.settings, { i: { defaultLanguage: 'EN' } });

    // A user who chose German gets German whatever the company's default.
    await en.client.ok(`mutation { updatePreferences(input: { language: DE }) { language } }`);
    await en.client.ok(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, {
      i: { currentPassword: PASSWORD, newPassword: 'another-good-password' },
    });
    const [changed] = await mails(`recipient = ? and dedup_key like 'password-changed:%'`, [
      `${en.login}@customer.test`,
    ]);
    expect(changed!.subject).toBe('Acme Web: Ihr Passwort wurde geändert');
  });

  it('a password change, by the user or by an admin, is mailed once each in the company’s template; a refused one is not', async () => {
    await acme.ok(Q.save, {
      i: {
        event: 'PASSWORD_CHANGED',
        language: 'EN',
        subject: '{{companyName}} security notice for {{login}}',
        body: 'Your password changed on {{changedAt}}.',
      },
    });
    const user = await createEndUser(acme, api);
    const changes = () =>
      mails(`recipient = ? and dedup_key like 'password-changed:%'`, [`${user.login}@customer.test`]);
    expect(
      (
        await user.fails(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, {
          i: { currentPassword: 'wrong-password', newPassword: 'another-good-password' },
        })
      ).extensions?.fields?.map((f) => f.field),
    ).toEqual(['currentPassword']);
    expect(await changes()).toEqual([]);
    await user.ok(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, {
      i: { currentPassword: PASSWORD, newPassword: 'another-good-password' },
    });
    await acme.ok(`mutation($id: ID!, $i: ResetPasswordInput!) { resetUserPassword(id: $id, input: $i) { id } }`, {
      id: user.userId,
      i: { newPassword: 'a-third-good-password' },
    });
    const sent = await changes();
    expect(sent).toHaveLength(2);
    for (const m of sent) {
      expect(m.subject).toBe(`Acme Web security notice for ${user.login}`);
      expect(m.body).toMatch(/^Your password changed on \d{4}-\d\d-\d\d \d\d:\d\d UTC\./);
      expectAcmeOnly(m);
    }
  });

  it('a dunning reminder uses the company’s override; the suspension notice without one the built-in text', async () => {
    await acme.ok(Q.save, {
      i: {
        event: 'INVOICE_REMINDER',
        language: 'EN',
        subject: 'Friendly reminder: {{amount}} open on {{accountId}}',
        body: '{{customerName}}, invoice {{invoiceNumber}} is {{daysOverdue}} day(s) late.',
      },
    });
    const planId = await createPlan(acme, { recurringFee: '7' });
    const customer = await signupOn(api, acme.cpHost, planId, 1);
    const [invoice] = await invoicesOf(customer.client, customer.accountId);
    const due = Date.parse(invoice.dueAt);
    await runAt(api, new Date(due + DAY + 60_000));
    const [reminder] = await mails(`account_id = ? and dedup_key like 'reminder:%'`, [Number(customer.accountId)]);
    expect(reminder!.subject).toBe(`Friendly reminder: 7.00 USD open on ${customer.accountId}`);
    expect(reminder!.body).toContain(`${PROFILE.name}, invoice ${invoice.number} is 1 day(s) late.`);
    expectAcmeOnly(reminder!);
    await runAt(api, new Date(due + 15 * DAY));
    const [notice] = await mails(`account_id = ? and dedup_key like 'suspended:%'`, [Number(customer.accountId)]);
    expect(notice!.subject).toBe(`Acme Web: account ${customer.accountId} suspended for non-payment`);
    expectAcmeOnly(notice!);
  });

  it('a settled payment gets a receipt in the company’s template; a declined one none', async () => {
    await master.ok(Q.save, {
      i: {
        event: 'PAYMENT_RECEIPT',
        language: 'EN',
        subject: 'Receipt {{paymentId}}: {{amount}}',
        body: 'Paid by {{method}} for invoice {{invoiceNumber}} on {{paidDate}}.',
      },
    });
    const [sandbox] = (await master.ok(PAY.gateways)).paymentGateways;
    const c = await customerOwing(api, master, '12.50');
    const receipts = () => mails(`account_id = ? and dedup_key like 'payment-receipt:%'`, [Number(c.accountId)]);
    const declined = (
      await c.client.ok(PAY.pay, {
        i: { invoiceId: c.invoiceId, gatewayId: sandbox.id, card: card('4000000000009995') },
      })
    ).payInvoice;
    expect(declined.state).toBe('DECLINED');
    expect(await receipts()).toEqual([]);
    const paid = (
      await c.client.ok(PAY.pay, {
        i: { invoiceId: c.invoiceId, gatewayId: sandbox.id, card: card('4242424242424242') },
      })
    ).payInvoice;
    expect(paid.state).toBe('SUCCEEDED');
    const [invoice] = await invoicesOf(c.client, c.accountId);
    const [receipt, ...more] = await receipts();
    expect(more).toEqual([]);
    expect(receipt).toMatchObject({ recipient: PROFILE.email, subject: `Receipt ${paid.id}: 12.50 USD` });
    expect(receipt!.body).toMatch(
      new RegExp(
        `^Paid by card Visa •••• 4242 for invoice ${invoice.number} on \\d{4}-\\d\\d-\\d\\d\\.\\n\\n-- \\nRoot Hosting\\n`,
      ),
    );
  });

  it('a setup alert reaches the company’s admins in its template', async () => {
    await master.ok(Q.save, {
      i: {
        event: 'OPERATOR_ALERT',
        language: 'EN',
        subject: 'Action needed at {{companyName}}: {{alertTitle}}',
        body: '{{alertMessage}}\nFix: {{fixUrl}}',
      },
    });
    const customer = await createEndUser(master, api);
    expect((await customer.fails(D.add, { i: { kind: 'OWN', name: 'no-dns-yet.com' } })).extensions?.code).toBe(
      'CONFLICT',
    );
    const [alert, ...more] = await mails(`dedup_key like 'alert:%'`, []);
    expect(more).toEqual([]);
    expect(alert).toMatchObject({
      recipient: 'master@root.test',
      subject: 'Action needed at Root Hosting: a customer request failed because of the hosting setup',
    });
    expect(alert!.body).toMatch(
      /^no DNS server has room: .*\nFix: http:\/\/.*\/admin\/servers\/groups\n\n-- \nRoot Hosting\n/,
    );
  });

  it('mail is delivered over SMTP from its company’s sender, answers going to its support address', async () => {
    const config = loadConfig({
      ...api.dbEnv,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    });
    const em = () => systemEm(api.orm, 'test: the outbox driven as its periodic job does, with no viewer');
    for (;;) {
      const r = await deliverMail(em(), config, mailTransport(config));
      expect(r.failed).toBe(0);
      if (r.sent === 0) break;
    }
    const [{ n }] = await sql<{ n: number }>(api.orm, 'select count(*) as n from mail_message where sent_at is null');
    expect(Number(n)).toBe(0);
    // Every mail of Acme's (welcomes, invoices, reminders, password notices…) comes from Acme's sender.
    const acmeMail = smtp.received.filter((m) => /^Subject: .*Acme Web/m.test(m.data));
    expect(acmeMail.length).toBeGreaterThanOrEqual(8);
    for (const mail of acmeMail) {
      expect(mail.from).toBe('billing@acme.test');
      expect(mail.data).toMatch(/^From: Acme Billing <billing@acme\.test>$/m);
      expect(mail.data).toMatch(/^Reply-To: help@acme\.test$/m);
      expect(mail.data).not.toMatch(/heliosphere|Root Hosting/i);
    }
    // The master's company: its name on the panel's address, never MAIL_FROM's product name; no support address, no Reply-To.
    const rootMail = smtp.received.filter((m) => /^Subject: Receipt /m.test(m.data));
    expect(rootMail).toHaveLength(1);
    expect(rootMail[0]!.data).toMatch(/^From: Root Hosting <noreply@localhost>$/m);
    expect(rootMail[0]!.data).not.toMatch(/^Reply-To:/m);
    expect(rootMail[0]!.data).not.toMatch(/heliosphere/i);
  });
});
