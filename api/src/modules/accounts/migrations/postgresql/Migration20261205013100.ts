import { Migration } from '@mikro-orm/migrations';

/** Accounts suspended because their reseller was, so that resuming the reseller resumes just those. */
export class Migration20261205013100 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "account" add column "suspended_with_reseller" boolean not null default false;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "account" drop column "suspended_with_reseller";');
  }
}
