import { Migration } from '@mikro-orm/migrations';

/**
 * Support tickets (SUP-1): tickets, their messages and attachments, canned replies, targets; the
 * full-text index (FTS5, with triggers); the ticket mails' events and the outbox's Reply-To.
 * SQLite changes a check constraint by rebuilding the table.
 */
export class Migration20261207100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`canned_reply\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`title\` text not null, \`body\` text not null, \`created_at\` datetime not null, constraint \`canned_reply_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`canned_reply_reseller_id_index\` on \`canned_reply\` (\`reseller_id\`);`);

    this.addSql(
      `create table \`support_target\` (\`reseller_id\` integer not null, \`priority\` text check (\`priority\` in ('LOW', 'NORMAL', 'HIGH', 'URGENT')) not null, \`first_response_minutes\` integer not null, \`resolution_minutes\` integer not null, constraint \`support_target_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, primary key (\`reseller_id\`, \`priority\`));`,
    );
    this.addSql(`create index \`support_target_reseller_id_index\` on \`support_target\` (\`reseller_id\`);`);

    this.addSql(
      `create table \`ticket\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`number\` integer not null, \`account_id\` integer not null, \`opened_by_id\` integer not null, \`subject\` text not null, \`category\` text check (\`category\` in ('BILLING', 'TECHNICAL', 'SALES', 'ABUSE', 'OTHER')) not null, \`priority\` text check (\`priority\` in ('LOW', 'NORMAL', 'HIGH', 'URGENT')) not null, \`state\` text check (\`state\` in ('OPEN', 'WAITING_FOR_STAFF', 'WAITING_FOR_CUSTOMER', 'CLOSED')) not null default 'OPEN', \`domain_id\` integer null, \`database_id\` integer null, \`invoice_id\` integer null, \`assignee_id\` integer null, \`first_response_due_at\` datetime not null, \`resolution_due_at\` datetime not null, \`first_responded_at\` datetime null, \`due_at\` datetime null, \`merged_into_id\` integer null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`last_message_at\` datetime not null, \`closed_at\` datetime null, constraint \`ticket_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`ticket_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade, constraint \`ticket_opened_by_id_foreign\` foreign key(\`opened_by_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, constraint \`ticket_domain_id_foreign\` foreign key(\`domain_id\`) references \`domain\`(\`id\`) on delete set null on update cascade, constraint \`ticket_database_id_foreign\` foreign key(\`database_id\`) references \`mysql_database\`(\`id\`) on delete set null on update cascade, constraint \`ticket_invoice_id_foreign\` foreign key(\`invoice_id\`) references \`invoice\`(\`id\`) on delete set null on update cascade, constraint \`ticket_assignee_id_foreign\` foreign key(\`assignee_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`ticket_merged_into_id_foreign\` foreign key(\`merged_into_id\`) references \`ticket\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`ticket_reseller_id_index\` on \`ticket\` (\`reseller_id\`);`);
    this.addSql(`create index \`ticket_account_id_index\` on \`ticket\` (\`account_id\`);`);
    this.addSql(`create index \`ticket_opened_by_id_index\` on \`ticket\` (\`opened_by_id\`);`);
    this.addSql(`create index \`ticket_domain_id_index\` on \`ticket\` (\`domain_id\`);`);
    this.addSql(`create index \`ticket_database_id_index\` on \`ticket\` (\`database_id\`);`);
    this.addSql(`create index \`ticket_invoice_id_index\` on \`ticket\` (\`invoice_id\`);`);
    this.addSql(`create index \`ticket_assignee_id_index\` on \`ticket\` (\`assignee_id\`);`);
    this.addSql(`create index \`ticket_merged_into_id_index\` on \`ticket\` (\`merged_into_id\`);`);
    this.addSql(`create index \`ticket_reseller_id_due_at_index\` on \`ticket\` (\`reseller_id\`, \`due_at\`);`);
    this.addSql(
      `create unique index \`ticket_reseller_id_number_unique\` on \`ticket\` (\`reseller_id\`, \`number\`);`,
    );

    this.addSql(
      `create table \`ticket_message\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer not null, \`ticket_id\` integer not null, \`author_id\` integer null, \`author_name\` text not null, \`from_staff\` integer not null, \`internal\` integer not null default false, \`via_mail\` integer not null default false, \`body\` text not null, \`created_at\` datetime not null, \`mail_message_id\` text null, constraint \`ticket_message_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`ticket_message_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade, constraint \`ticket_message_ticket_id_foreign\` foreign key(\`ticket_id\`) references \`ticket\`(\`id\`) on delete cascade on update cascade, constraint \`ticket_message_author_id_foreign\` foreign key(\`author_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`ticket_message_reseller_id_index\` on \`ticket_message\` (\`reseller_id\`);`);
    this.addSql(`create index \`ticket_message_account_id_index\` on \`ticket_message\` (\`account_id\`);`);
    this.addSql(`create index \`ticket_message_ticket_id_index\` on \`ticket_message\` (\`ticket_id\`);`);
    this.addSql(`create index \`ticket_message_author_id_index\` on \`ticket_message\` (\`author_id\`);`);

    this.addSql(
      `create table \`ticket_attachment\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer not null, \`message_id\` integer not null, \`internal\` integer not null default false, \`file_name\` text not null, \`content_type\` text not null, \`size\` integer not null, \`stored_name\` text not null, \`created_at\` datetime not null, constraint \`ticket_attachment_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`ticket_attachment_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade, constraint \`ticket_attachment_message_id_foreign\` foreign key(\`message_id\`) references \`ticket_message\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`ticket_attachment_reseller_id_index\` on \`ticket_attachment\` (\`reseller_id\`);`);
    this.addSql(`create index \`ticket_attachment_account_id_index\` on \`ticket_attachment\` (\`account_id\`);`);
    this.addSql(`create index \`ticket_attachment_message_id_index\` on \`ticket_attachment\` (\`message_id\`);`);

    // Full-text search (search.ts): one FTS5 row per ticket (rowid = ticket id), kept by triggers.
    this.addSql(
      `create virtual table \`ticket_search\` using fts5(\`subject\`, \`body\`, \`notes\`, tokenize = 'porter unicode61 remove_diacritics 2');`,
    );
    // The customer-visible messages and the staff notes of ticket `t`, each joined into one text.
    const refresh = (t: string) =>
      `update \`ticket_search\` set \`body\` = (select coalesce(group_concat(\`body\`, char(10)), '') from \`ticket_message\` where \`ticket_id\` = ${t} and \`internal\` = 0), \`notes\` = (select coalesce(group_concat(\`body\`, char(10)), '') from \`ticket_message\` where \`ticket_id\` = ${t} and \`internal\` = 1) where \`rowid\` = ${t};`;
    this.addSql(`create trigger \`ticket_search_after_insert\` after insert on \`ticket\` begin
  insert into \`ticket_search\` (\`rowid\`, \`subject\`, \`body\`, \`notes\`) values (new.\`id\`, new.\`subject\`, '', '');
end;`);
    this.addSql(`create trigger \`ticket_search_after_update\` after update of \`subject\` on \`ticket\` begin
  update \`ticket_search\` set \`subject\` = new.\`subject\` where \`rowid\` = new.\`id\`;
end;`);
    this.addSql(`create trigger \`ticket_search_after_delete\` after delete on \`ticket\` begin
  delete from \`ticket_search\` where \`rowid\` = old.\`id\`;
end;`);
    this.addSql(`create trigger \`ticket_message_search_after_insert\` after insert on \`ticket_message\` begin
  ${refresh('new.`ticket_id`')}
end;`);
    // A merge moves messages to another ticket: both are indexed again.
    this
      .addSql(`create trigger \`ticket_message_search_after_update\` after update of \`ticket_id\`, \`body\`, \`internal\` on \`ticket_message\` begin
  ${refresh('old.`ticket_id`')}
  ${refresh('new.`ticket_id`')}
end;`);
    this.addSql(`create trigger \`ticket_message_search_after_delete\` after delete on \`ticket_message\` begin
  ${refresh('old.`ticket_id`')}
end;`);

    // The ticket mails: their events, and the signed Reply-To an outbox mail may carry.
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`mail_template__temp_alter\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`event\` text check (\`event\` in ('WELCOME', 'INVOICE_ISSUED', 'INVOICE_REMINDER', 'ACCOUNT_SUSPENDED', 'PAYMENT_RECEIPT', 'PAYMENT_DECLINED', 'PASSWORD_CHANGED', 'OPERATOR_ALERT', 'CERTIFICATE_RENEWAL_FAILED', 'TICKET_OPENED', 'TICKET_REPLY')) not null, \`language\` text check (\`language\` in ('EN', 'DE')) not null, \`subject\` text not null, \`body\` text not null, \`updated_at\` datetime not null, constraint \`mail_template_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade);`,
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
    this.addSql(`alter table \`mail_message\` add column \`reply_to\` text null;`);
  }

  override async down(): Promise<void> {
    for (const trigger of [
      'ticket_search_after_insert',
      'ticket_search_after_update',
      'ticket_search_after_delete',
      'ticket_message_search_after_insert',
      'ticket_message_search_after_update',
      'ticket_message_search_after_delete',
    ]) {
      this.addSql(`drop trigger if exists \`${trigger}\`;`);
    }
    this.addSql(`drop table if exists \`ticket_search\`;`);
    for (const table of ['ticket_attachment', 'ticket_message', 'ticket', 'support_target', 'canned_reply']) {
      this.addSql(`drop table if exists \`${table}\`;`);
    }
  }
}
