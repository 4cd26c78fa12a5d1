import { Migration } from '@mikro-orm/migrations';

/** Admins signing in as a user for support: the session's impersonator and the one-time tickets. */
export class Migration20261205014000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table "session" add column "impersonator_id" int null, add column "return_url" varchar(300) null;',
    );
    this.addSql(
      'alter table "session" add constraint "session_impersonator_id_foreign" foreign key ("impersonator_id") references "app_user" ("id") on update cascade on delete cascade;',
    );
    this.addSql('create index "session_impersonator_id_index" on "session" ("impersonator_id");');
    this.addSql(
      'create table "impersonation_ticket" ("id" varchar(64) not null, "impersonator_id" int not null, "target_id" int not null, "return_url" varchar(300) not null, "expires_at" timestamptz not null, constraint "impersonation_ticket_pkey" primary key ("id"));',
    );
    this.addSql(
      'create index "impersonation_ticket_impersonator_id_index" on "impersonation_ticket" ("impersonator_id");',
    );
    this.addSql('create index "impersonation_ticket_target_id_index" on "impersonation_ticket" ("target_id");');
    this.addSql(
      'alter table "impersonation_ticket" add constraint "impersonation_ticket_impersonator_id_foreign" foreign key ("impersonator_id") references "app_user" ("id") on update cascade on delete cascade;',
    );
    this.addSql(
      'alter table "impersonation_ticket" add constraint "impersonation_ticket_target_id_foreign" foreign key ("target_id") references "app_user" ("id") on update cascade on delete cascade;',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "impersonation_ticket" cascade;');
    this.addSql('alter table "session" drop constraint "session_impersonator_id_foreign";');
    this.addSql('drop index "session_impersonator_id_index";');
    this.addSql('alter table "session" drop column "impersonator_id", drop column "return_url";');
  }
}
