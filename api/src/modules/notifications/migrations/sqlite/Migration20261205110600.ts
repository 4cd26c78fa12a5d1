import { Migration } from '@mikro-orm/migrations';

/** A company's own e-mail templates, per event and language (issue 17). */
export class Migration20261205110600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`mail_template\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`event\` text check (\`event\` in ('WELCOME', 'INVOICE_ISSUED', 'INVOICE_REMINDER', 'ACCOUNT_SUSPENDED', 'PAYMENT_RECEIPT', 'PAYMENT_DECLINED', 'PASSWORD_CHANGED', 'OPERATOR_ALERT')) not null, \`language\` text check (\`language\` in ('EN', 'DE')) not null, \`subject\` text not null, \`body\` text not null, \`updated_at\` datetime not null, constraint \`mail_template_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`mail_template_reseller_id_index\` on \`mail_template\` (\`reseller_id\`);`);
    this.addSql(
      `create unique index \`mail_template_reseller_id_event_language_unique\` on \`mail_template\` (\`reseller_id\`, \`event\`, \`language\`);`,
    );
  }
}
