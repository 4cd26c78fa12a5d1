import { Migration } from '@mikro-orm/migrations';

export class Migration20261123161357 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "zone" ("id" serial primary key, "reseller_id" int not null, "account_id" int null, "name" varchar(253) not null, "primary_id" int not null, "secondary_id" int null, "serial" int not null, "state" text check ("state" in ('QUEUED', 'ACTIVE', 'SUSPENDED', 'DELETING', 'FAILED')) not null default 'QUEUED', "created_at" timestamptz not null, "changed_at" timestamptz not null);`,
    );
    this.addSql(`create index "zone_account_id_index" on "zone" ("account_id");`);
    this.addSql(`alter table "zone" add constraint "zone_name_unique" unique ("name");`);
    this.addSql(`create index "zone_primary_id_index" on "zone" ("primary_id");`);
    this.addSql(`create index "zone_secondary_id_index" on "zone" ("secondary_id");`);

    this.addSql(
      `create table "domain" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "kind" text check ("kind" in ('OWN', 'THIRD_LEVEL', 'INSTANT', 'PARKED', 'NO_DOMAIN')) not null, "name" varchar(253) null, "zone_id" int null, "instant_alias" varchar(253) null, "state" text check ("state" in ('QUEUED', 'ACTIVE', 'SUSPENDED', 'DELETING', 'FAILED')) not null default 'QUEUED', "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "domain_account_id_index" on "domain" ("account_id");`);
    this.addSql(`alter table "domain" add constraint "domain_name_unique" unique ("name");`);
    this.addSql(`create index "domain_zone_id_index" on "domain" ("zone_id");`);
    this.addSql(`alter table "domain" add constraint "domain_instant_alias_unique" unique ("instant_alias");`);
    this.addSql(`create index "domain_account_id_kind_index" on "domain" ("account_id", "kind");`);

    this.addSql(
      `create table "web_site" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "domain_id" int not null, "server_id" int not null, "directory" varchar(253) not null, "server_names" jsonb not null, "document_root" varchar(1024) null, "state" text check ("state" in ('QUEUED', 'ACTIVE', 'SUSPENDED', 'DELETING', 'FAILED')) not null default 'QUEUED', "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "web_site_account_id_index" on "web_site" ("account_id");`);
    this.addSql(`alter table "web_site" add constraint "web_site_domain_id_unique" unique ("domain_id");`);
    this.addSql(`create index "web_site_server_id_index" on "web_site" ("server_id");`);

    this.addSql(
      `create table "resource_record" ("id" serial primary key, "reseller_id" int not null, "account_id" int null, "zone_id" int not null, "domain_id" int null, "name" varchar(253) not null, "type" text check ("type" in ('A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'CAA', 'NS')) not null, "ttl" int not null, "value" text not null, "priority" int null, "weight" int null, "port" int null, "flags" int null, "tag" varchar(16) null, "managed" boolean not null default false, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "resource_record_account_id_index" on "resource_record" ("account_id");`);
    this.addSql(`create index "resource_record_domain_id_index" on "resource_record" ("domain_id");`);
    this.addSql(`create index "resource_record_zone_id_name_index" on "resource_record" ("zone_id", "name");`);

    this.addSql(
      `alter table "zone" add constraint "zone_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "zone" add constraint "zone_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "zone" add constraint "zone_primary_id_foreign" foreign key ("primary_id") references "logical_server" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "zone" add constraint "zone_secondary_id_foreign" foreign key ("secondary_id") references "logical_server" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "domain" add constraint "domain_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "domain" add constraint "domain_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "domain" add constraint "domain_zone_id_foreign" foreign key ("zone_id") references "zone" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "web_site" add constraint "web_site_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "web_site" add constraint "web_site_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "web_site" add constraint "web_site_domain_id_foreign" foreign key ("domain_id") references "domain" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "web_site" add constraint "web_site_server_id_foreign" foreign key ("server_id") references "logical_server" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "resource_record" add constraint "resource_record_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "resource_record" add constraint "resource_record_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "resource_record" add constraint "resource_record_zone_id_foreign" foreign key ("zone_id") references "zone" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "resource_record" add constraint "resource_record_domain_id_foreign" foreign key ("domain_id") references "domain" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "logical_server" drop constraint if exists "logical_server_driver_check";`);

    this.addSql(`alter table "reseller" add column "service_domain" varchar(253) null;`);
    this.addSql(`alter table "reseller" add constraint "reseller_service_domain_unique" unique ("service_domain");`);

    this.addSql(
      `alter table "logical_server" add constraint "logical_server_driver_check" check("driver" in ('FILES', 'MARIADB', 'BIND', 'NGINX'));`,
    );

    this.addSql(`alter table "account" add column "max_domains" int not null default 10;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "domain" drop constraint "domain_zone_id_foreign";`);

    this.addSql(`alter table "resource_record" drop constraint "resource_record_zone_id_foreign";`);

    this.addSql(`alter table "web_site" drop constraint "web_site_domain_id_foreign";`);

    this.addSql(`alter table "resource_record" drop constraint "resource_record_domain_id_foreign";`);

    this.addSql(`drop table if exists "zone" cascade;`);

    this.addSql(`drop table if exists "domain" cascade;`);

    this.addSql(`drop table if exists "web_site" cascade;`);

    this.addSql(`drop table if exists "resource_record" cascade;`);

    this.addSql(`alter table "logical_server" drop constraint if exists "logical_server_driver_check";`);

    this.addSql(`alter table "account" drop column "max_domains";`);

    this.addSql(
      `alter table "logical_server" add constraint "logical_server_driver_check" check("driver" in ('FILES', 'MARIADB'));`,
    );

    this.addSql(`alter table "reseller" drop constraint "reseller_service_domain_unique";`);
    this.addSql(`alter table "reseller" drop column "service_domain";`);
  }
}
