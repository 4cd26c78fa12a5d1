import { Migration } from '@mikro-orm/migrations';

export class Migration20261202043247 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "payment_gateway" ("id" serial primary key, "reseller_id" int not null, "kind" text check ("kind" in ('SANDBOX', 'AUTHORIZE_NET', 'STRIPE', 'PAYPAL_STANDARD')) not null, "name" varchar(100) not null, "currencies" varchar(200) not null, "enabled" boolean not null default true, "test_mode" boolean not null default true, "base_url" varchar(300) null, "merchant_account" varchar(200) null, "credentials" text null, "credential_names" varchar(200) not null default '', "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "payment_gateway" add constraint "payment_gateway_reseller_id_name_unique" unique ("reseller_id", "name");`,
    );

    this.addSql(
      `create table "saved_card" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "gateway_id" int not null, "token" varchar(200) not null, "brand" varchar(30) not null, "last4" varchar(4) not null, "exp_month" int not null, "exp_year" int not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "saved_card" add constraint "saved_card_account_id_unique" unique ("account_id");`);

    this.addSql(
      `create table "payment" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "invoice_id" int null, "gateway_id" int not null, "kind" text check ("kind" in ('CHARGE', 'REFUND')) not null, "method" text check ("method" in ('CARD', 'REDIRECT')) not null, "source" text check ("source" in ('CUSTOMER', 'AUTO', 'ADMIN')) not null, "state" text check ("state" in ('PENDING', 'SUCCEEDED', 'DECLINED', 'FAILED', 'HELD', 'CANCELLED')) not null default 'PENDING', "amount_minor" bigint not null, "currency" varchar(3) not null, "card" varchar(60) null, "token" varchar(200) null, "received_minor" bigint null, "received_currency" varchar(3) null, "idempotency_key" varchar(60) not null, "slot" varchar(60) null, "transaction_id" varchar(100) null, "decline_code" varchar(60) null, "reason" varchar(500) null, "attempts" int not null default 0, "next_attempt_at" timestamptz null, "refund_of_id" int null, "ledger_entry_id" int null, "created_by_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`alter table "payment" add constraint "payment_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`alter table "payment" add constraint "payment_slot_unique" unique ("slot");`);
    this.addSql(`create index "payment_state_next_attempt_at_index" on "payment" ("state", "next_attempt_at");`);
    this.addSql(`create index "payment_account_id_id_index" on "payment" ("account_id", "id");`);

    this.addSql(
      `create table "gateway_event" ("id" serial primary key, "reseller_id" int not null, "gateway_id" int not null, "event_id" varchar(150) not null, "payment_id" int null, "outcome" varchar(20) not null, "detail" varchar(500) not null, "received_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "gateway_event" add constraint "gateway_event_gateway_id_event_id_unique" unique ("gateway_id", "event_id");`,
    );

    this.addSql(
      `alter table "payment_gateway" add constraint "payment_gateway_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "saved_card" add constraint "saved_card_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "saved_card" add constraint "saved_card_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "saved_card" add constraint "saved_card_gateway_id_foreign" foreign key ("gateway_id") references "payment_gateway" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "payment" add constraint "payment_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_gateway_id_foreign" foreign key ("gateway_id") references "payment_gateway" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_refund_of_id_foreign" foreign key ("refund_of_id") references "payment" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_ledger_entry_id_foreign" foreign key ("ledger_entry_id") references "ledger_entry" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "gateway_event" add constraint "gateway_event_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "gateway_event" add constraint "gateway_event_gateway_id_foreign" foreign key ("gateway_id") references "payment_gateway" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "gateway_event" add constraint "gateway_event_payment_id_foreign" foreign key ("payment_id") references "payment" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "reseller" add column "auto_charge_days_before" int not null default 0, add column "auto_charge_attempts" int not null default 3;`,
    );

    this.addSql(
      `alter table "billing_profile" drop column "card_token", drop column "card_brand", drop column "card_last4", drop column "card_expiry";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "saved_card" drop constraint "saved_card_gateway_id_foreign";`);

    this.addSql(`alter table "payment" drop constraint "payment_gateway_id_foreign";`);

    this.addSql(`alter table "gateway_event" drop constraint "gateway_event_gateway_id_foreign";`);

    this.addSql(`alter table "payment" drop constraint "payment_refund_of_id_foreign";`);

    this.addSql(`alter table "gateway_event" drop constraint "gateway_event_payment_id_foreign";`);

    this.addSql(`drop table if exists "payment_gateway" cascade;`);

    this.addSql(`drop table if exists "saved_card" cascade;`);

    this.addSql(`drop table if exists "payment" cascade;`);

    this.addSql(`drop table if exists "gateway_event" cascade;`);

    this.addSql(
      `alter table "billing_profile" add column "card_token" varchar(200) null, add column "card_brand" varchar(20) null, add column "card_last4" varchar(4) null, add column "card_expiry" varchar(7) null;`,
    );

    this.addSql(`alter table "reseller" drop column "auto_charge_days_before", drop column "auto_charge_attempts";`);
  }
}
