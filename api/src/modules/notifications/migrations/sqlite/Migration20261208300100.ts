import { Migration } from '@mikro-orm/migrations';

/**
 * The mails of password recovery and e-mail verification (PASSWORD_RESET, EMAIL_VERIFICATION) in
 * the mail templates' check. SQLite changes a check constraint by rebuilding the table.
 */
export class Migration20261208300100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`mail_template__temp_alter\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`event\` text check (\`event\` in ('WELCOME', 'INVOICE_ISSUED', 'INVOICE_REMINDER', 'ACCOUNT_SUSPENDED', 'PAYMENT_RECEIPT', 'PAYMENT_DECLINED', 'PASSWORD_CHANGED', 'PASSWORD_RESET', 'EMAIL_VERIFICATION', 'OPERATOR_ALERT', 'CERTIFICATE_RENEWAL_FAILED', 'CUSTOM_JOB_ORDERED', 'CUSTOM_JOB_UPDATED', 'TICKET_OPENED', 'TICKET_REPLY')) not null, \`language\` text check (\`language\` in ('EN', 'DE')) not null, \`subject\` text not null, \`body\` text not null, \`updated_at\` datetime not null, constraint \`mail_template_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `insert into \`mail_template__temp_alter\` select \`id\`, \`reseller_id\`, \`event\`, \`language\`, \`subject\`, \`body\`, \`updated_at\` from \`mail_template\`;`,
    );
    this.addSql(`drop table \`mail_template\`;`);
    this.addSql(`alter table \`mail_template__temp_alter\` rename to \`mail_template\`;`);
    this.addSql(`create index \`mail_template_reseller_id_index\` on \`mail_template\` (\`reseller_id\`);`);
    this.addSql(
      `create unique index \`mail_template_reseller_id_event_language_unique\` on \`mail_template\` (\`reseller_id\`, \`event\`, \`language\`);`,
    );
    this.addSql(`pragma foreign_keys = on;`);
  }
}
