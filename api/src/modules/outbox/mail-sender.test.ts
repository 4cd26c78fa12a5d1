import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { systemEm } from '../../db/scope';
import { describeApi } from '../../test/api';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../../test/smtp';
import { Reseller } from '../resellers/reseller.entity';
import { deliverMail, mailTransport, MAX_MAIL_ATTEMPTS } from './mail-sender';
import { MailMessage } from './mail-message.entity';

describeApi('mail outbox delivery', (api) => {
  let sink: SmtpSink;
  let received: ReceivedMail[];
  let port = 0;

  beforeAll(async () => {
    sink = await startSmtpSink();
    ({ received, port } = sink);
  });
  afterAll(() => sink.close());

  async function queue(subject: string): Promise<number> {
    const em = systemEm(api.orm, 'test: the outbox driven as its periodic job does, with no viewer');
    const reseller = await em.findOneOrFail(Reseller, { isRoot: true });
    const m = em.create(MailMessage, {
      reseller,
      recipient: 'customer@example.test',
      subject,
      body: 'Amount due: 12.50 USD\nÄrger? Ümlaute survive.',
    });
    await em.flush();
    return m.id;
  }

  it('delivers over SMTP once: the server gets the message, sentAt is set, a second run sends nothing', async () => {
    const config = loadConfig({
      ...api.dbEnv,
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'Billing <billing@host.test>',
    });
    const id = await queue('Payment overdue on account 7');
    const first = await deliverMail(
      systemEm(api.orm, 'test: the outbox driven as its periodic job does, with no viewer'),
      config,
      mailTransport(config),
    );
    expect(first).toEqual({ sent: 1, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]!.from).toBe('billing@host.test');
    expect(received[0]!.to).toEqual(['customer@example.test']);
    expect(received[0]!.data).toContain('Subject: Payment overdue on account 7');
    const row = await systemEm(
      api.orm,
      'test: the outbox driven as its periodic job does, with no viewer',
    ).findOneOrFail(MailMessage, { id });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.attempts).toBe(1);
    expect(
      await deliverMail(
        systemEm(api.orm, 'test: the outbox driven as its periodic job does, with no viewer'),
        config,
        mailTransport(config),
      ),
    ).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(1);
  });

  it('an unreachable server leaves the message queued with its error, and gives up after the last attempt', async () => {
    const config = loadConfig({ ...api.dbEnv, SMTP_URL: 'smtp://127.0.0.1:1' });
    const id = await queue('Unreachable');
    const result = await deliverMail(
      systemEm(api.orm, 'test: the outbox driven as its periodic job does, with no viewer'),
      config,
      mailTransport(config),
    );
    expect(result).toEqual({ sent: 0, failed: 1 });
    const row = await systemEm(
      api.orm,
      'test: the outbox driven as its periodic job does, with no viewer',
    ).findOneOrFail(MailMessage, { id });
    expect(row.sentAt).toBeNull();
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
    await systemEm(api.orm, 'test: the outbox driven as its periodic job does, with no viewer').nativeUpdate(
      MailMessage,
      { id },
      { attempts: MAX_MAIL_ATTEMPTS },
    );
    expect(
      await deliverMail(
        systemEm(api.orm, 'test: the outbox driven as its periodic job does, with no viewer'),
        config,
        mailTransport(config),
      ),
    ).toEqual({ sent: 0, failed: 0 });
  });

  it('without SMTP_URL the message is written as an .eml file under DATA_DIR/mail', async () => {
    const config = loadConfig({ ...api.dbEnv });
    const id = await queue('Files mode');
    const result = await deliverMail(
      systemEm(api.orm, 'test: the outbox driven as its periodic job does, with no viewer'),
      config,
      mailTransport(config),
    );
    expect(result.sent).toBe(1);
    const file = path.join(config.dataDir, 'mail', `${String(id).padStart(8, '0')}.eml`);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('To: customer@example.test');
    expect(text).toContain('Subject: Files mode');
  });
});
