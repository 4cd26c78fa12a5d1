import { Migration } from '@mikro-orm/migrations';

export class Migration20261123173921 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "ledger_entry" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "kind" text check ("kind" in ('CHARGE', 'PAYMENT', 'CREDIT', 'REFUND')) not null, "amount_minor" bigint not null, "currency" varchar(3) not null, "description" varchar(500) not null, "reference" varchar(200) null, "created_by_id" int null, "idempotency_key" varchar(200) null, "created_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "ledger_entry" add constraint "ledger_entry_idempotency_key_unique" unique ("idempotency_key");`,
    );
    this.addSql(`create index "ledger_entry_account_id_id_index" on "ledger_entry" ("account_id", "id");`);

    this.addSql(
      `create table "account_balance" ("id" serial primary key, "account_id" int not null, "reseller_id" int not null, "currency" varchar(3) not null, "balance_minor" bigint not null, "version" int not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "account_balance" add constraint "account_balance_account_id_unique" unique ("account_id");`,
    );

    this.addSql(
      `alter table "ledger_entry" add constraint "ledger_entry_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "ledger_entry" add constraint "ledger_entry_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "ledger_entry" add constraint "ledger_entry_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "account_balance" add constraint "account_balance_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "account_balance" add constraint "account_balance_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(`alter table "reseller" add column "currency" varchar(3) not null default 'USD';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_entry" cascade;`);

    this.addSql(`drop table if exists "account_balance" cascade;`);

    this.addSql(`alter table "reseller" drop column "currency";`);
  }
}
