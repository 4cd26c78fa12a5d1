import { Migration } from '@mikro-orm/migrations';

/**
 * Custom jobs (SUP-3): the company's job types, the jobs ordered and their threads, and their two
 * mails (CUSTOM_JOB_ORDERED, CUSTOM_JOB_UPDATED; the mail check keeps the support area's ticket
 * mails, added just before). SQLite changes a check constraint by rebuilding the table.
 */
export class Migration20261207300000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`job_type\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`name\` text not null, \`description\` text not null default '', \`price_minor\` bigint not null, \`active\` integer not null default true, \`position\` integer not null default 0, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`job_type_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`job_type_reseller_id_index\` on \`job_type\` (\`reseller_id\`);`);
    this.addSql(
      `create index \`job_type_reseller_id_position_index\` on \`job_type\` (\`reseller_id\`, \`position\`);`,
    );
    this.addSql(
      `create table \`custom_job\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer not null, \`job_type_id\` integer null, \`title\` text not null, \`brief\` text not null, \`price_minor\` bigint not null, \`currency\` text not null, \`state\` text check (\`state\` in ('ORDERED', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'DONE', 'CANCELLED')) not null default 'ORDERED', \`invoice_id\` integer null, \`ordered_by\` text check (\`ordered_by\` in ('CUSTOMER', 'STAFF')) not null, \`ordered_by_user_id\` integer null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`closed_at\` datetime null, constraint \`custom_job_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`custom_job_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade, constraint \`custom_job_job_type_id_foreign\` foreign key(\`job_type_id\`) references \`job_type\`(\`id\`) on delete set null on update cascade, constraint \`custom_job_invoice_id_foreign\` foreign key(\`invoice_id\`) references \`invoice\`(\`id\`) on delete set null on update cascade, constraint \`custom_job_ordered_by_user_id_foreign\` foreign key(\`ordered_by_user_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`custom_job_reseller_id_index\` on \`custom_job\` (\`reseller_id\`);`);
    this.addSql(`create index \`custom_job_account_id_index\` on \`custom_job\` (\`account_id\`);`);
    this.addSql(`create index \`custom_job_job_type_id_index\` on \`custom_job\` (\`job_type_id\`);`);
    this.addSql(`create index \`custom_job_invoice_id_index\` on \`custom_job\` (\`invoice_id\`);`);
    this.addSql(`create index \`custom_job_ordered_by_user_id_index\` on \`custom_job\` (\`ordered_by_user_id\`);`);
    this.addSql(`create index \`custom_job_reseller_id_state_index\` on \`custom_job\` (\`reseller_id\`, \`state\`);`);
    this.addSql(
      `create table \`custom_job_message\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer not null, \`job_id\` integer not null, \`author_id\` integer null, \`from_staff\` integer not null, \`body\` text not null, \`internal\` integer not null default false, \`created_at\` datetime not null, constraint \`custom_job_message_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`custom_job_message_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade, constraint \`custom_job_message_job_id_foreign\` foreign key(\`job_id\`) references \`custom_job\`(\`id\`) on delete cascade on update cascade, constraint \`custom_job_message_author_id_foreign\` foreign key(\`author_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`custom_job_message_reseller_id_index\` on \`custom_job_message\` (\`reseller_id\`);`);
    this.addSql(`create index \`custom_job_message_account_id_index\` on \`custom_job_message\` (\`account_id\`);`);
    this.addSql(`create index \`custom_job_message_job_id_index\` on \`custom_job_message\` (\`job_id\`);`);
    this.addSql(`create index \`custom_job_message_author_id_index\` on \`custom_job_message\` (\`author_id\`);`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`mail_template__temp_alter\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`event\` text check (\`event\` in ('WELCOME', 'INVOICE_ISSUED', 'INVOICE_REMINDER', 'ACCOUNT_SUSPENDED', 'PAYMENT_RECEIPT', 'PAYMENT_DECLINED', 'PASSWORD_CHANGED', 'OPERATOR_ALERT', 'CERTIFICATE_RENEWAL_FAILED', 'CUSTOM_JOB_ORDERED', 'CUSTOM_JOB_UPDATED', 'TICKET_OPENED', 'TICKET_REPLY')) not null, \`language\` text check (\`language\` in ('EN', 'DE')) not null, \`subject\` text not null, \`body\` text not null, \`updated_at\` datetime not null, constraint \`mail_template_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade);`,
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
