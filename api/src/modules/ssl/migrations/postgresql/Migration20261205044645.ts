import { Migration } from '@mikro-orm/migrations';

/** SSL certificates (SSL-1): sites' certificates and signing requests, keys sealed. */
export class Migration20261205044645 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "certificate" ("id" serial primary key, "reseller_id" int not null, "account_id" int null, "site_id" int null, "kind" text check ("kind" in ('SITE', 'WILDCARD', 'PANEL', 'MAIL')) not null, "source" text check ("source" in ('UPLOADED', 'ACME', 'SELF_SIGNED')) not null, "state" text check ("state" in ('REQUESTED', 'ACTIVE', 'EXPIRED', 'FAILED')) not null default 'ACTIVE', "names" jsonb not null, "key_type" text check ("key_type" in ('RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_P256', 'EC_P384')) not null, "issuer" varchar(300) null, "serial" varchar(100) null, "fingerprint" varchar(100) null, "not_before" timestamptz null, "not_after" timestamptz null, "certificate_pem" text null, "chain_pem" text null, "csr_pem" text null, "sealed_key" text not null, "key_uploaded" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "certificate_site_id_index" on "certificate" ("site_id");`);
    this.addSql(`create index "certificate_not_after_index" on "certificate" ("not_after");`);

    this.addSql(
      `alter table "certificate" add constraint "certificate_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_site_id_foreign" foreign key ("site_id") references "web_site" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certificate" cascade;`);
  }
}
