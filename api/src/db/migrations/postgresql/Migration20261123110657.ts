import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110657 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "reseller" ("id" serial primary key, "name" varchar(100) not null, "cp_host" varchar(253) null, "is_root" boolean not null default false, "default_skin" text check ("default_skin" in ('LEFT_MENU', 'NO_MENU', 'EXPRESSIA')) not null default 'LEFT_MENU', "default_language" text check ("default_language" in ('EN', 'DE')) not null default 'EN', "setup_completed_at" timestamptz null, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "reseller" add constraint "reseller_cp_host_unique" unique ("cp_host");`);

    this.addSql(
      `create table "app_user" ("id" serial primary key, "reseller_id" int not null, "login" varchar(32) not null, "email" varchar(254) not null, "password_hash" varchar(255) not null, "role" text check ("role" in ('MASTER_ADMIN', 'RESELLER_ADMIN', 'END_USER')) not null, "skin" text check ("skin" in ('LEFT_MENU', 'NO_MENU', 'EXPRESSIA')) null, "text_only" boolean not null default false, "language" text check ("language" in ('EN', 'DE')) null, "created_at" timestamptz not null, "password_changed_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_reseller_id_login_unique" unique ("reseller_id", "login");`,
    );

    this.addSql(
      `create table "account" ("id" serial primary key, "reseller_id" int not null, "owner_id" int not null, "name" varchar(100) not null, "status" text check ("status" in ('ACTIVE', 'SUSPENDED', 'MODERATION')) not null default 'ACTIVE', "suspended_reason" varchar(500) null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "account_reseller_id_status_index" on "account" ("reseller_id", "status");`);

    this.addSql(
      `create table "session" ("id" varchar(64) not null, "user_id" int not null, "active_account_id" int null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "ip" varchar(64) null, "user_agent" varchar(255) null, constraint "session_pkey" primary key ("id"));`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "account" add constraint "account_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "account" add constraint "account_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "session" add constraint "session_active_account_id_foreign" foreign key ("active_account_id") references "account" ("id") on update cascade on delete set null;`,
    );

    // Foreign keys PostgreSQL does not index by itself: account lists by owner, session lookup by user.
    this.addSql(`create index "account_owner_id_index" on "account" ("owner_id");`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    // The master admin's own business exists from the start; first-run setup claims it.
    this.addSql(`insert into "reseller" ("name", "is_root", "created_at") values ('My Hosting Company', true, now());`);
  }
}
