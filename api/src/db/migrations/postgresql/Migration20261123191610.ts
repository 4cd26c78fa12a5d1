import { Migration } from '@mikro-orm/migrations';

export class Migration20261123191610 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "plan" ("id" serial primary key, "reseller_id" int not null, "name" varchar(100) not null, "description" varchar(1000) not null default '', "platform" text check ("platform" in ('UNIX', 'WINDOWS')) not null default 'UNIX', "signup_enabled" boolean not null default false, "moderated" boolean not null default false, "setup_fee_minor" bigint not null default 0, "recurring_fee_minor" bigint not null default 0, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "plan" add constraint "plan_reseller_id_name_unique" unique ("reseller_id", "name");`);

    this.addSql(
      `create table "plan_resource" ("id" serial primary key, "plan_id" int not null, "kind" text check ("kind" in ('DOMAIN', 'WEB_SITE', 'MYSQL_DATABASE', 'MYSQL_USER', 'DISK_MB', 'TRAFFIC_GB', 'MAILBOX', 'DEDICATED_IP')) not null, "max_units" int null, "free_units" int not null default 0, "setup_fee_minor" bigint not null default 0, "recurring_fee_minor" bigint not null default 0, "usage_price_minor" bigint not null default 0);`,
    );
    this.addSql(
      `alter table "plan_resource" add constraint "plan_resource_plan_id_kind_unique" unique ("plan_id", "kind");`,
    );

    this.addSql(
      `create table "plan_period" ("id" serial primary key, "plan_id" int not null, "months" int not null, "discount_bp" int not null default 0);`,
    );
    this.addSql(
      `alter table "plan_period" add constraint "plan_period_plan_id_months_unique" unique ("plan_id", "months");`,
    );

    this.addSql(
      `create table "invoice_sequence" ("reseller_id" int not null, "last_number" int not null, constraint "invoice_sequence_pkey" primary key ("reseller_id"));`,
    );

    this.addSql(
      `create table "tax_rate" ("id" serial primary key, "reseller_id" int not null, "name" varchar(100) not null, "rate_bp" int not null, "valid_from" timestamptz not null);`,
    );
    this.addSql(
      `alter table "tax_rate" add constraint "tax_rate_reseller_id_valid_from_unique" unique ("reseller_id", "valid_from");`,
    );

    this.addSql(
      `create table "usage_record" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "kind" text check ("kind" in ('DOMAIN', 'WEB_SITE', 'MYSQL_DATABASE', 'MYSQL_USER', 'DISK_MB', 'TRAFFIC_GB', 'MAILBOX', 'DEDICATED_IP')) not null, "quantity" bigint not null, "recorded_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "usage_record_account_id_recorded_at_index" on "usage_record" ("account_id", "recorded_at");`,
    );

    this.addSql(
      `create table "mail_message" ("id" serial primary key, "reseller_id" int not null, "account_id" int null, "recipient" varchar(254) not null, "subject" varchar(300) not null, "body" text not null, "dedup_key" varchar(200) null, "sent_at" timestamptz null, "attempts" int not null default 0, "last_error" varchar(500) null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "mail_message_sent_at_id_index" on "mail_message" ("sent_at", "id");`);
    this.addSql(`alter table "mail_message" add constraint "mail_message_dedup_key_unique" unique ("dedup_key");`);

    this.addSql(
      `create table "invoice" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "number" int not null, "state" text check ("state" in ('OPEN', 'PAID', 'VOID')) not null default 'OPEN', "currency" varchar(3) not null, "subtotal_minor" bigint not null, "tax_minor" bigint not null, "total_minor" bigint not null, "tax_name" varchar(100) null, "tax_rate_bp" int null, "period_start" timestamptz null, "period_end" timestamptz null, "issued_at" timestamptz not null, "due_at" timestamptz not null, "paid_at" timestamptz null, "idempotency_key" varchar(200) null);`,
    );
    this.addSql(`alter table "invoice" add constraint "invoice_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "invoice_account_id_state_index" on "invoice" ("account_id", "state");`);
    this.addSql(
      `alter table "invoice" add constraint "invoice_reseller_id_number_unique" unique ("reseller_id", "number");`,
    );

    this.addSql(
      `create table "invoice_line" ("id" serial primary key, "invoice_id" int not null, "position" int not null, "description" varchar(300) not null, "resource_kind" text check ("resource_kind" in ('DOMAIN', 'WEB_SITE', 'MYSQL_DATABASE', 'MYSQL_USER', 'DISK_MB', 'TRAFFIC_GB', 'MAILBOX', 'DEDICATED_IP')) null, "period_start" timestamptz null, "period_end" timestamptz null, "quantity" int not null, "unit_price_minor" bigint not null, "amount_minor" bigint not null);`,
    );
    this.addSql(`create index "invoice_line_invoice_id_index" on "invoice_line" ("invoice_id");`);

    this.addSql(
      `create table "billing_profile" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "name" varchar(200) not null, "company" varchar(200) null, "address" varchar(500) not null, "city" varchar(100) not null, "postal_code" varchar(20) not null, "country" varchar(2) not null, "email" varchar(254) not null, "phone" varchar(40) null, "card_token" varchar(200) null, "card_brand" varchar(20) null, "card_last4" varchar(4) null, "card_expiry" varchar(7) null);`,
    );
    this.addSql(
      `alter table "billing_profile" add constraint "billing_profile_account_id_unique" unique ("account_id");`,
    );

    this.addSql(
      `create table "audit_event" ("id" serial primary key, "reseller_id" int not null, "account_id" int null, "actor_id" int null, "action" varchar(60) not null, "detail" varchar(1000) not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "audit_event_account_id_id_index" on "audit_event" ("account_id", "id");`);
    this.addSql(`create index "audit_event_reseller_id_id_index" on "audit_event" ("reseller_id", "id");`);

    this.addSql(
      `alter table "plan" add constraint "plan_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "plan_resource" add constraint "plan_resource_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "plan_period" add constraint "plan_period_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "invoice_sequence" add constraint "invoice_sequence_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "tax_rate" add constraint "tax_rate_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "usage_record" add constraint "usage_record_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "usage_record" add constraint "usage_record_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "mail_message" add constraint "mail_message_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "mail_message" add constraint "mail_message_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "invoice" add constraint "invoice_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "invoice_line" add constraint "invoice_line_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "billing_profile" add constraint "billing_profile_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "billing_profile" add constraint "billing_profile_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "audit_event" add constraint "audit_event_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "audit_event" add constraint "audit_event_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "audit_event" add constraint "audit_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "reseller" add column "payment_term_days" int not null default 14, add column "reminder_days" varchar(100) not null default '1,7', add column "suspend_after_days" int null default 14;`,
    );

    this.addSql(
      `alter table "account" drop column "max_mysql_databases", drop column "max_mysql_users", drop column "max_domains";`,
    );

    this.addSql(
      `alter table "account" add column "plan_id" int null, add column "period_months" int null, add column "billing_anchor" timestamptz null, add column "periods_billed" int not null default 0, add column "next_billing_at" timestamptz null, add column "overdue_since" timestamptz null, add column "suspended_for_debt" boolean not null default false;`,
    );
    this.addSql(
      `alter table "account" add constraint "account_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`create index "account_plan_id_index" on "account" ("plan_id");`);
    this.addSql(`create index "account_next_billing_at_index" on "account" ("next_billing_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "plan_resource" drop constraint "plan_resource_plan_id_foreign";`);

    this.addSql(`alter table "plan_period" drop constraint "plan_period_plan_id_foreign";`);

    this.addSql(`alter table "account" drop constraint "account_plan_id_foreign";`);

    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_invoice_id_foreign";`);

    this.addSql(`drop table if exists "plan" cascade;`);

    this.addSql(`drop table if exists "plan_resource" cascade;`);

    this.addSql(`drop table if exists "plan_period" cascade;`);

    this.addSql(`drop table if exists "invoice_sequence" cascade;`);

    this.addSql(`drop table if exists "tax_rate" cascade;`);

    this.addSql(`drop table if exists "usage_record" cascade;`);

    this.addSql(`drop table if exists "mail_message" cascade;`);

    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "invoice_line" cascade;`);

    this.addSql(`drop table if exists "billing_profile" cascade;`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop index "account_plan_id_index";`);
    this.addSql(`drop index "account_next_billing_at_index";`);
    this.addSql(
      `alter table "account" drop column "plan_id", drop column "period_months", drop column "billing_anchor", drop column "periods_billed", drop column "next_billing_at", drop column "overdue_since", drop column "suspended_for_debt";`,
    );

    this.addSql(
      `alter table "account" add column "max_mysql_databases" int4 not null default 10, add column "max_mysql_users" int4 not null default 10, add column "max_domains" int4 not null default 10;`,
    );

    this.addSql(
      `alter table "reseller" drop column "payment_term_days", drop column "reminder_days", drop column "suspend_after_days";`,
    );
  }
}
