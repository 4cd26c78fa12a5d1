import { Migration } from '@mikro-orm/migrations';

/** The mails of password recovery and e-mail verification (PASSWORD_RESET, EMAIL_VERIFICATION) in the mail templates' check. */
export class Migration20261208300100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "mail_template" drop constraint if exists "mail_template_event_check";`);
    this.addSql(
      `alter table "mail_template" add constraint "mail_template_event_check" check("event" in ('WELCOME', 'INVOICE_ISSUED', 'INVOICE_REMINDER', 'ACCOUNT_SUSPENDED', 'PAYMENT_RECEIPT', 'PAYMENT_DECLINED', 'PASSWORD_CHANGED', 'PASSWORD_RESET', 'EMAIL_VERIFICATION', 'OPERATOR_ALERT', 'CERTIFICATE_RENEWAL_FAILED', 'CUSTOM_JOB_ORDERED', 'CUSTOM_JOB_UPDATED', 'TICKET_OPENED', 'TICKET_REPLY'));`,
    );
  }
}
