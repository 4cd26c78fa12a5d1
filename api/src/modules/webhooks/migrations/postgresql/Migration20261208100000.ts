import { Migration } from '@mikro-orm/migrations';

/** Webhooks (issue 20): subscriptions, their delivery log (a row per attempt), and the master's policy on private targets. */
export class Migration20261208100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "webhook" ("id" serial primary key, "reseller_id" int not null, "account_id" int null, "url" varchar(2000) not null, "events" jsonb not null, "enabled" boolean not null default true, "description" varchar(200) not null default '', "secret" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "webhook_reseller_id_account_id_index" on "webhook" ("reseller_id", "account_id");`);
    this.addSql(
      `create table "webhook_delivery" ("id" serial primary key, "reseller_id" int not null, "account_id" int null, "webhook_id" int not null, "event_id" varchar(40) not null, "event_type" varchar(40) not null, "attempt" int not null, "ok" boolean not null, "status_code" int null, "duration_ms" int not null, "error" varchar(500) null, "response" varchar(500) null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "webhook_delivery_webhook_id_index" on "webhook_delivery" ("webhook_id");`);
    this.addSql(`create index "webhook_delivery_webhook_id_id_index" on "webhook_delivery" ("webhook_id", "id");`);
    this.addSql(
      `create table "webhook_policy" ("id" int not null default 1, "allow_private_targets" boolean not null default false, constraint "webhook_policy_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "webhook" add constraint "webhook_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook" add constraint "webhook_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_webhook_id_foreign" foreign key ("webhook_id") references "webhook" ("id") on update cascade on delete cascade;`,
    );
  }
}
