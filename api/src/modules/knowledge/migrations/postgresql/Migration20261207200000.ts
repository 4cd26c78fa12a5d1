import { Migration } from '@mikro-orm/migrations';

/**
 * The knowledge base (issue 19, SUP-2): categories, articles, readers' answers, deflections, the
 * company's settings, and the articles' full-text index.
 */
export class Migration20261207200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "kb_settings" ("reseller_id" int not null, "public_knowledge_base" boolean not null default false, constraint "kb_settings_pkey" primary key ("reseller_id"));`,
    );

    this.addSql(
      `create table "kb_category" ("id" serial primary key, "reseller_id" int not null, "language" text check ("language" in ('EN', 'DE')) not null, "name" varchar(100) not null, "slug" varchar(100) not null, "position" int not null default 0, "created_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "kb_category" add constraint "kb_category_reseller_id_language_slug_unique" unique ("reseller_id", "language", "slug");`,
    );

    this.addSql(
      `create table "kb_article" ("id" serial primary key, "reseller_id" int not null, "category_id" int not null, "language" text check ("language" in ('EN', 'DE')) not null, "title" varchar(200) not null, "slug" varchar(120) not null, "body" text not null, "state" text check ("state" in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', "shared_with_resellers" boolean not null default false, "published_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "helpful_count" int not null default 0, "not_helpful_count" int not null default 0, "views" int not null default 0);`,
    );
    this.addSql(
      `create index "kb_article_reseller_id_state_language_index" on "kb_article" ("reseller_id", "state", "language");`,
    );
    this.addSql(
      `alter table "kb_article" add constraint "kb_article_reseller_id_slug_unique" unique ("reseller_id", "slug");`,
    );

    this.addSql(
      `create table "kb_feedback" ("id" serial primary key, "article_id" int not null, "user_id" int not null, "helpful" boolean not null, "at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "kb_feedback" add constraint "kb_feedback_article_id_user_id_unique" unique ("article_id", "user_id");`,
    );

    this.addSql(
      `create table "kb_deflection" ("id" serial primary key, "reseller_id" int not null, "article_id" int not null, "user_id" int not null, "account_id" int null, "at" timestamptz not null);`,
    );
    this.addSql(`create index "kb_deflection_reseller_id_at_index" on "kb_deflection" ("reseller_id", "at");`);

    this.addSql(
      `alter table "kb_settings" add constraint "kb_settings_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "kb_category" add constraint "kb_category_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "kb_article" add constraint "kb_article_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "kb_article" add constraint "kb_article_category_id_foreign" foreign key ("category_id") references "kb_category" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "kb_feedback" add constraint "kb_feedback_article_id_foreign" foreign key ("article_id") references "kb_article" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "kb_feedback" add constraint "kb_feedback_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "kb_deflection" add constraint "kb_deflection_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "kb_deflection" add constraint "kb_deflection_article_id_foreign" foreign key ("article_id") references "kb_article" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "kb_deflection" add constraint "kb_deflection_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "kb_deflection" add constraint "kb_deflection_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete set null;`,
    );

    // Full-text search (search.ts): a GIN index on each article's weighted tsvector in its
    // language's configuration; queries repeat the expression (KB_TSVECTOR) to use it.
    this.addSql(
      `create index "kb_article_search_index" on "kb_article" using gin ((setweight(to_tsvector(case "language" when 'DE' then 'german'::regconfig else 'english'::regconfig end, "title"), 'A') || setweight(to_tsvector(case "language" when 'DE' then 'german'::regconfig else 'english'::regconfig end, "body"), 'B')));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "kb_article_search_index";`);
    this.addSql(`alter table "kb_article" drop constraint "kb_article_category_id_foreign";`);

    this.addSql(`alter table "kb_feedback" drop constraint "kb_feedback_article_id_foreign";`);

    this.addSql(`alter table "kb_deflection" drop constraint "kb_deflection_article_id_foreign";`);

    this.addSql(`drop table if exists "kb_settings" cascade;`);

    this.addSql(`drop table if exists "kb_category" cascade;`);

    this.addSql(`drop table if exists "kb_article" cascade;`);

    this.addSql(`drop table if exists "kb_feedback" cascade;`);

    this.addSql(`drop table if exists "kb_deflection" cascade;`);
  }
}
