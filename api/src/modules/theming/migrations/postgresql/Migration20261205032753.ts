import { Migration } from '@mikro-orm/migrations';

/** Each company's brand: its published versions, its draft, its images. */
export class Migration20261205032753 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "brand_version" ("id" serial primary key, "reseller_id" int not null, "number" int not null, "name" varchar(60) not null, "settings" text not null, "published_by" varchar(64) not null, "published_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "brand_version" add constraint "brand_version_reseller_id_number_unique" unique ("reseller_id", "number");`,
    );

    this.addSql(
      `create table "company_brand" ("id" serial primary key, "reseller_id" int not null, "current_id" int null, "draft" text null, "draft_name" varchar(60) null, "draft_updated_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "company_brand" add constraint "company_brand_reseller_id_unique" unique ("reseller_id");`,
    );

    this.addSql(
      `create table "brand_image" ("id" serial primary key, "reseller_id" int not null, "hash" varchar(64) not null, "kind" text check ("kind" in ('LOGO', 'FAVICON')) not null, "content_type" varchar(40) not null, "data" bytea not null, "width" int not null, "height" int not null, "bytes" int not null, "created_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "brand_image" add constraint "brand_image_reseller_id_hash_unique" unique ("reseller_id", "hash");`,
    );

    this.addSql(
      `alter table "brand_version" add constraint "brand_version_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "company_brand" add constraint "company_brand_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "company_brand" add constraint "company_brand_current_id_foreign" foreign key ("current_id") references "brand_version" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "brand_image" add constraint "brand_image_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "company_brand" drop constraint "company_brand_current_id_foreign";`);

    this.addSql(`drop table if exists "brand_version" cascade;`);

    this.addSql(`drop table if exists "company_brand" cascade;`);

    this.addSql(`drop table if exists "brand_image" cascade;`);
  }
}
