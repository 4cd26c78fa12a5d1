import { Migration } from '@mikro-orm/migrations';

/**
 * Reseller plans (the master sells them; their resources are quotas) with an oversell allowance,
 * and the ACCOUNT resource kind: SQLite cannot alter a check, so plan_resource is rebuilt (nothing
 * references it). ACCOUNT is never priced nor metered, so invoice lines and usage records keep theirs.
 */
export class Migration20261205143700 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `plan` add column `for_resellers` integer not null default false;');
    this.addSql('alter table `plan` add column `oversell_percent` integer not null default 0;');
    this.addSql(
      "create table `plan_resource__temp_alter` (`id` integer not null primary key autoincrement, `plan_id` integer not null, `kind` text check (`kind` in ('DOMAIN', 'WEB_SITE', 'MYSQL_DATABASE', 'MYSQL_USER', 'DISK_MB', 'TRAFFIC_GB', 'MAILBOX', 'DEDICATED_IP', 'ACCOUNT')) not null, `max_units` integer null, `free_units` integer not null default 0, `setup_fee_minor` bigint not null default 0, `recurring_fee_minor` bigint not null default 0, `usage_price_minor` bigint not null default 0, constraint `plan_resource_plan_id_foreign` foreign key(`plan_id`) references `plan`(`id`) on delete cascade on update cascade);",
    );
    this.addSql(
      'insert into `plan_resource__temp_alter` select `id`, `plan_id`, `kind`, `max_units`, `free_units`, `setup_fee_minor`, `recurring_fee_minor`, `usage_price_minor` from `plan_resource`;',
    );
    this.addSql('drop table `plan_resource`;');
    this.addSql('alter table `plan_resource__temp_alter` rename to `plan_resource`;');
    this.addSql('create index `plan_resource_plan_id_index` on `plan_resource` (`plan_id`);');
    this.addSql('create unique index `plan_resource_plan_id_kind_unique` on `plan_resource` (`plan_id`, `kind`);');
  }
}
