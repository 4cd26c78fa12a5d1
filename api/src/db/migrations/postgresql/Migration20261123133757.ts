import { Migration } from '@mikro-orm/migrations';

export class Migration20261123133757 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "physical_server" ("id" serial primary key, "name" varchar(64) not null, "os" text check ("os" in ('LINUX', 'FREEBSD', 'WINDOWS')) not null, "address" varchar(253) not null, "status" text check ("status" in ('ONLINE', 'MAINTENANCE', 'OFFLINE')) not null default 'ONLINE', "notes" text null, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "physical_server" add constraint "physical_server_name_unique" unique ("name");`);

    this.addSql(
      `create table "server_group" ("id" serial primary key, "name" varchar(64) not null, "kind" text check ("kind" in ('WEB', 'MAIL', 'DNS', 'MYSQL', 'PGSQL', 'CP')) not null, "policy" text check ("policy" in ('RANDOM', 'LEAST_LOADED')) not null default 'RANDOM', "is_default" boolean not null default false, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "server_group" add constraint "server_group_name_unique" unique ("name");`);

    this.addSql(
      `create table "logical_server" ("id" serial primary key, "name" varchar(64) not null, "kind" text check ("kind" in ('WEB', 'MAIL', 'DNS', 'MYSQL', 'PGSQL', 'CP')) not null, "physical_id" int not null, "group_id" int null, "driver" text check ("driver" in ('FILES', 'MARIADB')) not null, "settings" jsonb not null, "secret" text null, "max_accounts" int null, "max_disk_mb" int null, "max_tasks" int not null default 2, "enabled" boolean not null default true, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "logical_server" add constraint "logical_server_name_unique" unique ("name");`);
    this.addSql(`create index "logical_server_kind_enabled_index" on "logical_server" ("kind", "enabled");`);

    this.addSql(
      `create table "task" ("id" serial primary key, "kind" varchar(64) not null, "state" text check ("state" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')) not null default 'QUEUED', "payload" jsonb not null, "secret" text null, "server_id" int null, "account_id" int null, "reseller_id" int null, "subject" varchar(200) not null default '', "attempts" int not null default 0, "max_attempts" int not null default 5, "run_after" timestamptz not null, "lease_owner" varchar(100) null, "lease_until" timestamptz null, "last_error" text null, "created_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null);`,
    );
    this.addSql(`create index "task_server_id_state_index" on "task" ("server_id", "state");`);
    this.addSql(`create index "task_state_run_after_index" on "task" ("state", "run_after");`);

    this.addSql(
      `create table "mysql_user" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "server_id" int not null, "name" varchar(32) not null, "state" text check ("state" in ('QUEUED', 'ACTIVE', 'SUSPENDED', 'DELETING', 'FAILED')) not null default 'QUEUED', "password_changed_at" timestamptz null, "created_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "mysql_user" add constraint "mysql_user_server_id_name_unique" unique ("server_id", "name");`,
    );

    this.addSql(
      `create table "mysql_database" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "server_id" int not null, "name" varchar(64) not null, "charset" varchar(32) not null, "state" text check ("state" in ('QUEUED', 'ACTIVE', 'SUSPENDED', 'DELETING', 'FAILED')) not null default 'QUEUED', "size_bytes" double precision null, "size_checked_at" timestamptz null, "created_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "mysql_database" add constraint "mysql_database_server_id_name_unique" unique ("server_id", "name");`,
    );

    this.addSql(
      `create table "mysql_grant" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "user_id" int not null, "database_id" int not null, "state" text check ("state" in ('QUEUED', 'ACTIVE', 'SUSPENDED', 'DELETING', 'FAILED')) not null default 'QUEUED', "created_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "mysql_grant" add constraint "mysql_grant_user_id_database_id_unique" unique ("user_id", "database_id");`,
    );

    this.addSql(
      `create table "ip_address" ("id" serial primary key, "address" varchar(45) not null, "server_id" int not null, "kind" text check ("kind" in ('SHARED', 'DEDICATED')) not null, "account_id" int null, "allocated_at" timestamptz null, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "ip_address" add constraint "ip_address_address_unique" unique ("address");`);
    this.addSql(
      `create index "ip_address_server_id_kind_account_id_index" on "ip_address" ("server_id", "kind", "account_id");`,
    );

    this.addSql(
      `create table "account_server" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "kind" text check ("kind" in ('WEB', 'MAIL', 'DNS', 'MYSQL', 'PGSQL', 'CP')) not null, "server_id" int not null, "created_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "account_server" add constraint "account_server_account_id_kind_unique" unique ("account_id", "kind");`,
    );

    this.addSql(
      `alter table "logical_server" add constraint "logical_server_physical_id_foreign" foreign key ("physical_id") references "physical_server" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "logical_server" add constraint "logical_server_group_id_foreign" foreign key ("group_id") references "server_group" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "task" add constraint "task_server_id_foreign" foreign key ("server_id") references "logical_server" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "task" add constraint "task_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "task" add constraint "task_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "mysql_user" add constraint "mysql_user_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "mysql_user" add constraint "mysql_user_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "mysql_user" add constraint "mysql_user_server_id_foreign" foreign key ("server_id") references "logical_server" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "mysql_database" add constraint "mysql_database_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "mysql_database" add constraint "mysql_database_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "mysql_database" add constraint "mysql_database_server_id_foreign" foreign key ("server_id") references "logical_server" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "mysql_grant" add constraint "mysql_grant_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "mysql_grant" add constraint "mysql_grant_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "mysql_grant" add constraint "mysql_grant_user_id_foreign" foreign key ("user_id") references "mysql_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "mysql_grant" add constraint "mysql_grant_database_id_foreign" foreign key ("database_id") references "mysql_database" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "ip_address" add constraint "ip_address_server_id_foreign" foreign key ("server_id") references "logical_server" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ip_address" add constraint "ip_address_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "account_server" add constraint "account_server_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "account_server" add constraint "account_server_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "account_server" add constraint "account_server_server_id_foreign" foreign key ("server_id") references "logical_server" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "account" add column "max_mysql_databases" int not null default 10, add column "max_mysql_users" int not null default 10;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "logical_server" drop constraint "logical_server_physical_id_foreign";`);

    this.addSql(`alter table "logical_server" drop constraint "logical_server_group_id_foreign";`);

    this.addSql(`alter table "task" drop constraint "task_server_id_foreign";`);

    this.addSql(`alter table "mysql_user" drop constraint "mysql_user_server_id_foreign";`);

    this.addSql(`alter table "mysql_database" drop constraint "mysql_database_server_id_foreign";`);

    this.addSql(`alter table "ip_address" drop constraint "ip_address_server_id_foreign";`);

    this.addSql(`alter table "account_server" drop constraint "account_server_server_id_foreign";`);

    this.addSql(`alter table "mysql_grant" drop constraint "mysql_grant_user_id_foreign";`);

    this.addSql(`alter table "mysql_grant" drop constraint "mysql_grant_database_id_foreign";`);

    this.addSql(`drop table if exists "physical_server" cascade;`);

    this.addSql(`drop table if exists "server_group" cascade;`);

    this.addSql(`drop table if exists "logical_server" cascade;`);

    this.addSql(`drop table if exists "task" cascade;`);

    this.addSql(`drop table if exists "mysql_user" cascade;`);

    this.addSql(`drop table if exists "mysql_database" cascade;`);

    this.addSql(`drop table if exists "mysql_grant" cascade;`);

    this.addSql(`drop table if exists "ip_address" cascade;`);

    this.addSql(`drop table if exists "account_server" cascade;`);

    this.addSql(`alter table "account" drop column "max_mysql_databases", drop column "max_mysql_users";`);
  }
}
