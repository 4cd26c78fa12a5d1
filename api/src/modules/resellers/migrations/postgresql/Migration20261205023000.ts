import { Migration } from '@mikro-orm/migrations';

/** Whether the master's panel names the product; resellers' panels never do. */
export class Migration20261205023000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "reseller" add column "product_credit" boolean not null default true;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "reseller" drop column "product_credit";');
  }
}
