import { Migration } from '@mikro-orm/migrations';

/** A reseller's subscription: the account of the master's company that bills it on its reseller plan. */
export class Migration20261205143800 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "reseller_subscription" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "created_at" timestamptz not null);',
    );
    this.addSql(
      'alter table "reseller_subscription" add constraint "reseller_subscription_reseller_id_unique" unique ("reseller_id");',
    );
    this.addSql(
      'alter table "reseller_subscription" add constraint "reseller_subscription_account_id_unique" unique ("account_id");',
    );
    this.addSql(
      'alter table "reseller_subscription" add constraint "reseller_subscription_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;',
    );
    this.addSql(
      'alter table "reseller_subscription" add constraint "reseller_subscription_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "reseller_subscription" cascade;');
  }
}
