import { Migration } from '@mikro-orm/migrations';

/** What a company lets its users choose (LF-3), and the text-only default. */
export class Migration20261205110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table "reseller" add column "default_text_only" boolean not null default false, add column "users_choose_skin" boolean not null default true, add column "users_choose_language" boolean not null default true;',
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      'alter table "reseller" drop column "default_text_only", drop column "users_choose_skin", drop column "users_choose_language";',
    );
  }
}
