import { Migration } from '@mikro-orm/migrations';

/**
 * Custom jobs (SUP-3): the company's job types, the jobs ordered and their threads, and their two
 * mails (the mail check keeps the support area's ticket mails, added just before).
 */
export class Migration20261207300000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "job_type" ("id" serial primary key, "reseller_id" int not null, "name" varchar(120) not null, "description" text not null default '', "price_minor" bigint not null, "active" boolean not null default true, "position" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "job_type_reseller_id_position_index" on "job_type" ("reseller_id", "position");`);
    this.addSql(
      `create table "custom_job" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "job_type_id" int null, "title" varchar(200) not null, "brief" text not null, "price_minor" bigint not null, "currency" varchar(3) not null, "state" text check ("state" in ('ORDERED', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'DONE', 'CANCELLED')) not null default 'ORDERED', "invoice_id" int null, "ordered_by" text check ("ordered_by" in ('CUSTOMER', 'STAFF')) not null, "ordered_by_user_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "closed_at" timestamptz null);`,
    );
    this.addSql(`create index "custom_job_account_id_index" on "custom_job" ("account_id");`);
    this.addSql(`create index "custom_job_job_type_id_index" on "custom_job" ("job_type_id");`);
    this.addSql(`create index "custom_job_invoice_id_index" on "custom_job" ("invoice_id");`);
    this.addSql(`create index "custom_job_reseller_id_state_index" on "custom_job" ("reseller_id", "state");`);
    this.addSql(
      `create table "custom_job_message" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "job_id" int not null, "author_id" int null, "from_staff" boolean not null, "body" text not null, "internal" boolean not null default false, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "custom_job_message_job_id_index" on "custom_job_message" ("job_id");`);
    this.addSql(
      `alter table "job_type" add constraint "job_type_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "custom_job" add constraint "custom_job_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "custom_job" add constraint "custom_job_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "custom_job" add constraint "custom_job_job_type_id_foreign" foreign key ("job_type_id") references "job_type" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "custom_job" add constraint "custom_job_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "custom_job" add constraint "custom_job_ordered_by_user_id_foreign" foreign key ("ordered_by_user_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "custom_job_message" add constraint "custom_job_message_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "custom_job_message" add constraint "custom_job_message_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "custom_job_message" add constraint "custom_job_message_job_id_foreign" foreign key ("job_id") references "custom_job" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "custom_job_message" add constraint "custom_job_message_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "mail_template" drop constraint if exists "mail_template_event_check";`);
    this.addSql(
      `alter table "mail_template" add constraint "mail_template_event_check" check("event" in ('WELCOME', 'INVOICE_ISSUED', 'INVOICE_REMINDER', 'ACCOUNT_SUSPENDED', 'PAYMENT_RECEIPT', 'PAYMENT_DECLINED', 'PASSWORD_CHANGED', 'OPERATOR_ALERT', 'CERTIFICATE_RENEWAL_FAILED', 'CUSTOM_JOB_ORDERED', 'CUSTOM_JOB_UPDATED', 'TICKET_OPENED', 'TICKET_REPLY'));`,
    );
  }
}
