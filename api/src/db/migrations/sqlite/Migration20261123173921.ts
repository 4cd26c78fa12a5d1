import { Migration } from '@mikro-orm/migrations';

export class Migration20261123173921 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`ledger_entry\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer not null, \`kind\` text check (\`kind\` in ('CHARGE', 'PAYMENT', 'CREDIT', 'REFUND')) not null, \`amount_minor\` bigint not null, \`currency\` text not null, \`description\` text not null, \`reference\` text null, \`created_by_id\` integer null, \`idempotency_key\` text null, \`created_at\` datetime not null, constraint \`ledger_entry_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade, constraint \`ledger_entry_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete restrict on update cascade, constraint \`ledger_entry_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`ledger_entry_reseller_id_index\` on \`ledger_entry\` (\`reseller_id\`);`);
    this.addSql(`create index \`ledger_entry_account_id_index\` on \`ledger_entry\` (\`account_id\`);`);
    this.addSql(`create index \`ledger_entry_created_by_id_index\` on \`ledger_entry\` (\`created_by_id\`);`);
    this.addSql(
      `create unique index \`ledger_entry_idempotency_key_unique\` on \`ledger_entry\` (\`idempotency_key\`);`,
    );
    this.addSql(`create index \`ledger_entry_account_id_id_index\` on \`ledger_entry\` (\`account_id\`, \`id\`);`);

    this.addSql(
      `create table \`account_balance\` (\`id\` integer not null primary key autoincrement, \`account_id\` integer not null, \`reseller_id\` integer not null, \`currency\` text not null, \`balance_minor\` bigint not null, \`version\` integer not null, \`updated_at\` datetime not null, constraint \`account_balance_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete restrict on update cascade, constraint \`account_balance_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade);`,
    );
    this.addSql(`create unique index \`account_balance_account_id_unique\` on \`account_balance\` (\`account_id\`);`);
    this.addSql(`create index \`account_balance_reseller_id_index\` on \`account_balance\` (\`reseller_id\`);`);

    this.addSql(`alter table \`reseller\` add column \`currency\` text not null default 'USD';`);
  }
}
