import { Migration } from '@mikro-orm/migrations';

/** Other host names a reseller's panel answers on (RES-1). */
export class Migration20261205120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "reseller_host" ("id" serial primary key, "reseller_id" int not null, "host" varchar(253) not null);',
    );
    this.addSql('alter table "reseller_host" add constraint "reseller_host_host_unique" unique ("host");');
    this.addSql(
      'alter table "reseller_host" add constraint "reseller_host_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "reseller_host" cascade;');
  }
}
