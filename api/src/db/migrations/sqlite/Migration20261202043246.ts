import { Migration } from '@mikro-orm/migrations';

export class Migration20261202043246 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`payment_gateway\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`kind\` text check (\`kind\` in ('SANDBOX', 'AUTHORIZE_NET', 'STRIPE', 'PAYPAL_STANDARD')) not null, \`name\` text not null, \`currencies\` text not null, \`enabled\` integer not null default true, \`test_mode\` integer not null default true, \`base_url\` text null, \`merchant_account\` text null, \`credentials\` text null, \`credential_names\` text not null default '', \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`payment_gateway_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`payment_gateway_reseller_id_index\` on \`payment_gateway\` (\`reseller_id\`);`);
    this.addSql(
      `create unique index \`payment_gateway_reseller_id_name_unique\` on \`payment_gateway\` (\`reseller_id\`, \`name\`);`,
    );

    this.addSql(
      `create table \`saved_card\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer not null, \`gateway_id\` integer not null, \`token\` text not null, \`brand\` text not null, \`last4\` text not null, \`exp_month\` integer not null, \`exp_year\` integer not null, \`created_at\` datetime not null, constraint \`saved_card_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`saved_card_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade, constraint \`saved_card_gateway_id_foreign\` foreign key(\`gateway_id\`) references \`payment_gateway\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`saved_card_reseller_id_index\` on \`saved_card\` (\`reseller_id\`);`);
    this.addSql(`create unique index \`saved_card_account_id_unique\` on \`saved_card\` (\`account_id\`);`);
    this.addSql(`create index \`saved_card_gateway_id_index\` on \`saved_card\` (\`gateway_id\`);`);

    this.addSql(
      `create table \`payment\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer not null, \`invoice_id\` integer null, \`gateway_id\` integer not null, \`kind\` text check (\`kind\` in ('CHARGE', 'REFUND')) not null, \`method\` text check (\`method\` in ('CARD', 'REDIRECT')) not null, \`source\` text check (\`source\` in ('CUSTOMER', 'AUTO', 'ADMIN')) not null, \`state\` text check (\`state\` in ('PENDING', 'SUCCEEDED', 'DECLINED', 'FAILED', 'HELD', 'CANCELLED')) not null default 'PENDING', \`amount_minor\` bigint not null, \`currency\` text not null, \`card\` text null, \`token\` text null, \`received_minor\` bigint null, \`received_currency\` text null, \`idempotency_key\` text not null, \`slot\` text null, \`transaction_id\` text null, \`decline_code\` text null, \`reason\` text null, \`attempts\` integer not null default 0, \`next_attempt_at\` datetime null, \`refund_of_id\` integer null, \`ledger_entry_id\` integer null, \`created_by_id\` integer null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`payment_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade, constraint \`payment_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete restrict on update cascade, constraint \`payment_invoice_id_foreign\` foreign key(\`invoice_id\`) references \`invoice\`(\`id\`) on delete restrict on update cascade, constraint \`payment_gateway_id_foreign\` foreign key(\`gateway_id\`) references \`payment_gateway\`(\`id\`) on delete restrict on update cascade, constraint \`payment_refund_of_id_foreign\` foreign key(\`refund_of_id\`) references \`payment\`(\`id\`) on delete restrict on update cascade, constraint \`payment_ledger_entry_id_foreign\` foreign key(\`ledger_entry_id\`) references \`ledger_entry\`(\`id\`) on delete restrict on update cascade, constraint \`payment_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`payment_reseller_id_index\` on \`payment\` (\`reseller_id\`);`);
    this.addSql(`create index \`payment_account_id_index\` on \`payment\` (\`account_id\`);`);
    this.addSql(`create index \`payment_invoice_id_index\` on \`payment\` (\`invoice_id\`);`);
    this.addSql(`create unique index \`payment_idempotency_key_unique\` on \`payment\` (\`idempotency_key\`);`);
    this.addSql(`create unique index \`payment_slot_unique\` on \`payment\` (\`slot\`);`);
    this.addSql(`create index \`payment_refund_of_id_index\` on \`payment\` (\`refund_of_id\`);`);
    this.addSql(`create index \`payment_ledger_entry_id_index\` on \`payment\` (\`ledger_entry_id\`);`);
    this.addSql(`create index \`payment_created_by_id_index\` on \`payment\` (\`created_by_id\`);`);
    this.addSql(
      `create index \`payment_state_next_attempt_at_index\` on \`payment\` (\`state\`, \`next_attempt_at\`);`,
    );
    this.addSql(`create index \`payment_account_id_id_index\` on \`payment\` (\`account_id\`, \`id\`);`);
    this.addSql(`create index \`payment_gateway_id_index\` on \`payment\` (\`gateway_id\`);`);

    this.addSql(
      `create table \`gateway_event\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`gateway_id\` integer not null, \`event_id\` text not null, \`payment_id\` integer null, \`outcome\` text not null, \`detail\` text not null, \`received_at\` datetime not null, constraint \`gateway_event_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`gateway_event_gateway_id_foreign\` foreign key(\`gateway_id\`) references \`payment_gateway\`(\`id\`) on delete cascade on update cascade, constraint \`gateway_event_payment_id_foreign\` foreign key(\`payment_id\`) references \`payment\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`gateway_event_reseller_id_index\` on \`gateway_event\` (\`reseller_id\`);`);
    this.addSql(`create index \`gateway_event_gateway_id_index\` on \`gateway_event\` (\`gateway_id\`);`);
    this.addSql(`create index \`gateway_event_payment_id_index\` on \`gateway_event\` (\`payment_id\`);`);
    this.addSql(
      `create unique index \`gateway_event_gateway_id_event_id_unique\` on \`gateway_event\` (\`gateway_id\`, \`event_id\`);`,
    );

    this.addSql(`alter table \`reseller\` add column \`auto_charge_days_before\` integer not null default 0;`);
    this.addSql(`alter table \`reseller\` add column \`auto_charge_attempts\` integer not null default 3;`);

    // Saved cards moved to saved_card (payments); these were never written.
    this.addSql(`alter table \`billing_profile\` drop column \`card_token\`;`);
    this.addSql(`alter table \`billing_profile\` drop column \`card_brand\`;`);
    this.addSql(`alter table \`billing_profile\` drop column \`card_last4\`;`);
    this.addSql(`alter table \`billing_profile\` drop column \`card_expiry\`;`);
  }
}
