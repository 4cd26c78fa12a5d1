import { Migration } from '@mikro-orm/migrations';

/** The admin home's history: a company's accounts opened, use and money, month by month, read by range. */
export class Migration20261206014235 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "account_reseller_id_created_at_index" on "account" ("reseller_id", "created_at");`);
    this.addSql(
      `create index "usage_record_reseller_id_recorded_at_index" on "usage_record" ("reseller_id", "recorded_at");`,
    );
    this.addSql(
      `create index "ledger_entry_reseller_id_created_at_index" on "ledger_entry" ("reseller_id", "created_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "account_reseller_id_created_at_index";`);
    this.addSql(`drop index "usage_record_reseller_id_recorded_at_index";`);
    this.addSql(`drop index "ledger_entry_reseller_id_created_at_index";`);
  }
}
