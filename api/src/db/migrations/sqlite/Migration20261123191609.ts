import { Migration } from '@mikro-orm/migrations';

export class Migration20261123191609 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`plan\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`name\` text not null, \`description\` text not null default '', \`platform\` text check (\`platform\` in ('UNIX', 'WINDOWS')) not null default 'UNIX', \`signup_enabled\` integer not null default false, \`moderated\` integer not null default false, \`setup_fee_minor\` bigint not null default 0, \`recurring_fee_minor\` bigint not null default 0, \`created_at\` datetime not null, constraint \`plan_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade);`,
    );
    this.addSql(`create index \`plan_reseller_id_index\` on \`plan\` (\`reseller_id\`);`);
    this.addSql(`create unique index \`plan_reseller_id_name_unique\` on \`plan\` (\`reseller_id\`, \`name\`);`);

    this.addSql(
      `create table \`plan_resource\` (\`id\` integer not null primary key autoincrement, \`plan_id\` integer not null, \`kind\` text check (\`kind\` in ('DOMAIN', 'WEB_SITE', 'MYSQL_DATABASE', 'MYSQL_USER', 'DISK_MB', 'TRAFFIC_GB', 'MAILBOX', 'DEDICATED_IP')) not null, \`max_units\` integer null, \`free_units\` integer not null default 0, \`setup_fee_minor\` bigint not null default 0, \`recurring_fee_minor\` bigint not null default 0, \`usage_price_minor\` bigint not null default 0, constraint \`plan_resource_plan_id_foreign\` foreign key(\`plan_id\`) references \`plan\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`plan_resource_plan_id_index\` on \`plan_resource\` (\`plan_id\`);`);
    this.addSql(
      `create unique index \`plan_resource_plan_id_kind_unique\` on \`plan_resource\` (\`plan_id\`, \`kind\`);`,
    );

    this.addSql(
      `create table \`plan_period\` (\`id\` integer not null primary key autoincrement, \`plan_id\` integer not null, \`months\` integer not null, \`discount_bp\` integer not null default 0, constraint \`plan_period_plan_id_foreign\` foreign key(\`plan_id\`) references \`plan\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`plan_period_plan_id_index\` on \`plan_period\` (\`plan_id\`);`);
    this.addSql(
      `create unique index \`plan_period_plan_id_months_unique\` on \`plan_period\` (\`plan_id\`, \`months\`);`,
    );

    this.addSql(
      `create table \`invoice_sequence\` (\`reseller_id\` integer not null, \`last_number\` integer not null, constraint \`invoice_sequence_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, primary key (\`reseller_id\`));`,
    );
    this.addSql(`create index \`invoice_sequence_reseller_id_index\` on \`invoice_sequence\` (\`reseller_id\`);`);

    this.addSql(
      `create table \`tax_rate\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`name\` text not null, \`rate_bp\` integer not null, \`valid_from\` datetime not null, constraint \`tax_rate_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`tax_rate_reseller_id_index\` on \`tax_rate\` (\`reseller_id\`);`);
    this.addSql(
      `create unique index \`tax_rate_reseller_id_valid_from_unique\` on \`tax_rate\` (\`reseller_id\`, \`valid_from\`);`,
    );

    this.addSql(
      `create table \`usage_record\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer not null, \`kind\` text check (\`kind\` in ('DOMAIN', 'WEB_SITE', 'MYSQL_DATABASE', 'MYSQL_USER', 'DISK_MB', 'TRAFFIC_GB', 'MAILBOX', 'DEDICATED_IP')) not null, \`quantity\` bigint not null, \`recorded_at\` datetime not null, constraint \`usage_record_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade, constraint \`usage_record_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`usage_record_reseller_id_index\` on \`usage_record\` (\`reseller_id\`);`);
    this.addSql(`create index \`usage_record_account_id_index\` on \`usage_record\` (\`account_id\`);`);
    this.addSql(
      `create index \`usage_record_account_id_recorded_at_index\` on \`usage_record\` (\`account_id\`, \`recorded_at\`);`,
    );

    this.addSql(
      `create table \`mail_message\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer null, \`recipient\` text not null, \`subject\` text not null, \`body\` text not null, \`dedup_key\` text null, \`sent_at\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null, \`created_at\` datetime not null, constraint \`mail_message_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`mail_message_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`mail_message_reseller_id_index\` on \`mail_message\` (\`reseller_id\`);`);
    this.addSql(`create index \`mail_message_account_id_index\` on \`mail_message\` (\`account_id\`);`);
    this.addSql(`create index \`mail_message_sent_at_id_index\` on \`mail_message\` (\`sent_at\`, \`id\`);`);
    this.addSql(`create unique index \`mail_message_dedup_key_unique\` on \`mail_message\` (\`dedup_key\`);`);

    this.addSql(
      `create table \`invoice\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer not null, \`number\` integer not null, \`state\` text check (\`state\` in ('OPEN', 'PAID', 'VOID')) not null default 'OPEN', \`currency\` text not null, \`subtotal_minor\` bigint not null, \`tax_minor\` bigint not null, \`total_minor\` bigint not null, \`tax_name\` text null, \`tax_rate_bp\` integer null, \`period_start\` datetime null, \`period_end\` datetime null, \`issued_at\` datetime not null, \`due_at\` datetime not null, \`paid_at\` datetime null, \`idempotency_key\` text null, constraint \`invoice_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade, constraint \`invoice_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete restrict on update cascade);`,
    );
    this.addSql(`create index \`invoice_reseller_id_index\` on \`invoice\` (\`reseller_id\`);`);
    this.addSql(`create index \`invoice_account_id_index\` on \`invoice\` (\`account_id\`);`);
    this.addSql(`create unique index \`invoice_idempotency_key_unique\` on \`invoice\` (\`idempotency_key\`);`);
    this.addSql(`create index \`invoice_account_id_state_index\` on \`invoice\` (\`account_id\`, \`state\`);`);
    this.addSql(
      `create unique index \`invoice_reseller_id_number_unique\` on \`invoice\` (\`reseller_id\`, \`number\`);`,
    );

    this.addSql(
      `create table \`invoice_line\` (\`id\` integer not null primary key autoincrement, \`invoice_id\` integer not null, \`position\` integer not null, \`description\` text not null, \`resource_kind\` text check (\`resource_kind\` in ('DOMAIN', 'WEB_SITE', 'MYSQL_DATABASE', 'MYSQL_USER', 'DISK_MB', 'TRAFFIC_GB', 'MAILBOX', 'DEDICATED_IP')) null, \`period_start\` datetime null, \`period_end\` datetime null, \`quantity\` integer not null, \`unit_price_minor\` bigint not null, \`amount_minor\` bigint not null, constraint \`invoice_line_invoice_id_foreign\` foreign key(\`invoice_id\`) references \`invoice\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`invoice_line_invoice_id_index\` on \`invoice_line\` (\`invoice_id\`);`);

    this.addSql(
      `create table \`billing_profile\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer not null, \`name\` text not null, \`company\` text null, \`address\` text not null, \`city\` text not null, \`postal_code\` text not null, \`country\` text not null, \`email\` text not null, \`phone\` text null, \`card_token\` text null, \`card_brand\` text null, \`card_last4\` text null, \`card_expiry\` text null, constraint \`billing_profile_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade, constraint \`billing_profile_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`billing_profile_reseller_id_index\` on \`billing_profile\` (\`reseller_id\`);`);
    this.addSql(`create unique index \`billing_profile_account_id_unique\` on \`billing_profile\` (\`account_id\`);`);

    this.addSql(
      `create table \`audit_event\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer null, \`actor_id\` integer null, \`action\` text not null, \`detail\` text not null, \`created_at\` datetime not null, constraint \`audit_event_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`audit_event_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete set null on update cascade, constraint \`audit_event_actor_id_foreign\` foreign key(\`actor_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`audit_event_reseller_id_index\` on \`audit_event\` (\`reseller_id\`);`);
    this.addSql(`create index \`audit_event_account_id_index\` on \`audit_event\` (\`account_id\`);`);
    this.addSql(`create index \`audit_event_actor_id_index\` on \`audit_event\` (\`actor_id\`);`);
    this.addSql(`create index \`audit_event_account_id_id_index\` on \`audit_event\` (\`account_id\`, \`id\`);`);
    this.addSql(`create index \`audit_event_reseller_id_id_index\` on \`audit_event\` (\`reseller_id\`, \`id\`);`);

    this.addSql(`alter table \`reseller\` add column \`payment_term_days\` integer not null default 14;`);
    this.addSql(`alter table \`reseller\` add column \`reminder_days\` text not null default '1,7';`);
    this.addSql(`alter table \`reseller\` add column \`suspend_after_days\` integer null default 14;`);

    this.addSql(`alter table \`account\` drop column \`max_mysql_databases\`;`);
    this.addSql(`alter table \`account\` drop column \`max_mysql_users\`;`);
    this.addSql(`alter table \`account\` drop column \`max_domains\`;`);

    this.addSql(
      `alter table \`account\` add column \`plan_id\` integer null constraint \`account_plan_id_foreign\` references \`plan\` (\`id\`) on update cascade on delete restrict;`,
    );
    this.addSql(`alter table \`account\` add column \`period_months\` integer null;`);
    this.addSql(`alter table \`account\` add column \`billing_anchor\` datetime null;`);
    this.addSql(`alter table \`account\` add column \`periods_billed\` integer not null default 0;`);
    this.addSql(`alter table \`account\` add column \`next_billing_at\` datetime null;`);
    this.addSql(`alter table \`account\` add column \`overdue_since\` datetime null;`);
    this.addSql(`alter table \`account\` add column \`suspended_for_debt\` integer not null default false;`);
    this.addSql(`create index \`account_plan_id_index\` on \`account\` (\`plan_id\`);`);
    this.addSql(`create index \`account_next_billing_at_index\` on \`account\` (\`next_billing_at\`);`);
  }
}
