import { Migration } from '@mikro-orm/migrations';

/**
 * Trigram search indexes for the accounts and users lists (db/search-index.ts), written by hand.
 * pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it. The GIN indexes
 * are on lower(column) because the search compares lower(column) with a lower-cased LIKE pattern;
 * creating them indexes the existing rows. fastupdate is off: with it, new rows wait in an unsorted
 * pending list that every search reads until vacuum merges it (10,000 seeded users made the planner
 * give up on the index), and accounts and users are written rarely enough to index each one at once.
 * The schema generator knows none of these indexes: drop their `drop index` lines from generated migrations.
 */
export class Migration20261123150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `create index "account_name_trgm_index" on "account" using gin (lower("name") gin_trgm_ops) with (fastupdate = off);`,
    );
    this.addSql(
      `create index "app_user_login_trgm_index" on "app_user" using gin (lower("login") gin_trgm_ops) with (fastupdate = off);`,
    );
    this.addSql(
      `create index "app_user_email_trgm_index" on "app_user" using gin (lower("email") gin_trgm_ops) with (fastupdate = off);`,
    );
    // Statistics on the new expressions, so the planner picks these indexes before autovacuum runs.
    this.addSql(`analyze "account";`);
    this.addSql(`analyze "app_user";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "account_name_trgm_index";`);
    this.addSql(`drop index if exists "app_user_login_trgm_index";`);
    this.addSql(`drop index if exists "app_user_email_trgm_index";`);
    // pg_trgm stays: it may have been there before, and other objects may use it.
  }
}
