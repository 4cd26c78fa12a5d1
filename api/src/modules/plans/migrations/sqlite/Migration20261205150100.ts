import { Migration } from '@mikro-orm/migrations';

/**
 * The SSL_CERTIFICATE resource kind (issue 18: sites' certificates as a plan resource, limited and
 * priced): SQLite cannot alter a check, so plan_resource and invoice_line are rebuilt (nothing
 * references them). Certificates are counted, never metered: usage records keep theirs.
 */
export class Migration20261205150100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create table `plan_resource__temp_alter` (`id` integer not null primary key autoincrement, `plan_id` integer not null, `kind` text check (`kind` in ('DOMAIN', 'WEB_SITE', 'MYSQL_DATABASE', 'MYSQL_USER', 'DISK_MB', 'TRAFFIC_GB', 'MAILBOX', 'DEDICATED_IP', 'ACCOUNT', 'SSL_CERTIFICATE')) not null, `max_units` integer null, `free_units` integer not null default 0, `setup_fee_minor` bigint not null default 0, `recurring_fee_minor` bigint not null default 0, `usage_price_minor` bigint not null default 0, constraint `plan_resource_plan_id_foreign` foreign key(`plan_id`) references `plan`(`id`) on delete cascade on update cascade);",
    );
    this.addSql(
      'insert into `plan_resource__temp_alter` select `id`, `plan_id`, `kind`, `max_units`, `free_units`, `setup_fee_minor`, `recurring_fee_minor`, `usage_price_minor` from `plan_resource`;',
    );
    this.addSql('drop table `plan_resource`;');
    this.addSql('alter table `plan_resource__temp_alter` rename to `plan_resource`;');
    this.addSql('create index `plan_resource_plan_id_index` on `plan_resource` (`plan_id`);');
    this.addSql('create unique index `plan_resource_plan_id_kind_unique` on `plan_resource` (`plan_id`, `kind`);');
    this.addSql(
      `create table \`invoice_line__temp_alter\` (\`id\` integer not null primary key autoincrement, \`invoice_id\` integer not null, \`position\` integer not null, \`description\` text not null, \`resource_kind\` text check (\`resource_kind\` in ('DOMAIN', 'WEB_SITE', 'MYSQL_DATABASE', 'MYSQL_USER', 'DISK_MB', 'TRAFFIC_GB', 'MAILBOX', 'DEDICATED_IP', 'ACCOUNT', 'SSL_CERTIFICATE')) null, \`period_start\` datetime null, \`period_end\` datetime null, \`quantity\` integer not null, \`unit_price_minor\` bigint not null, \`amount_minor\` bigint not null, constraint \`invoice_line_invoice_id_foreign\` foreign key(\`invoice_id\`) references \`invoice\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `insert into \`invoice_line__temp_alter\` select \`id\`, \`invoice_id\`, \`position\`, \`description\`, \`resource_kind\`, \`period_start\`, \`period_end\`, \`quantity\`, \`unit_price_minor\`, \`amount_minor\` from \`invoice_line\`;`,
    );
    this.addSql(`drop table \`invoice_line\`;`);
    this.addSql(`alter table \`invoice_line__temp_alter\` rename to \`invoice_line\`;`);
    this.addSql(`create index \`invoice_line_invoice_id_index\` on \`invoice_line\` (\`invoice_id\`);`);
    this.addSql('pragma foreign_keys = on;');
  }
}
