import { Migration } from '@mikro-orm/migrations';

/** The server a zone moved away from, which serves it in its old role until the move's grace time ends. */
export class Migration20261205003000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "zone" add column "leaving_id" int null;');
    this.addSql(
      'alter table "zone" add constraint "zone_leaving_id_foreign" foreign key ("leaving_id") references "logical_server" ("id") on update cascade on delete set null;',
    );
    this.addSql('alter table "zone" add column "leaving_primary" boolean not null default false;');
    this.addSql('alter table "zone" add column "leaving_until" timestamptz null;');
    this.addSql('create index "zone_leaving_id_index" on "zone" ("leaving_id");');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "zone" drop constraint "zone_leaving_id_foreign";');
    this.addSql('drop index "zone_leaving_id_index";');
    this.addSql(
      'alter table "zone" drop column "leaving_id", drop column "leaving_primary", drop column "leaving_until";',
    );
  }
}
