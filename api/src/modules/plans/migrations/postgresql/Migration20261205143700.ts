import { Migration } from '@mikro-orm/migrations';

const KINDS =
  "'DOMAIN', 'WEB_SITE', 'MYSQL_DATABASE', 'MYSQL_USER', 'DISK_MB', 'TRAFFIC_GB', 'MAILBOX', 'DEDICATED_IP', 'ACCOUNT'";
const OLD_KINDS =
  "'DOMAIN', 'WEB_SITE', 'MYSQL_DATABASE', 'MYSQL_USER', 'DISK_MB', 'TRAFFIC_GB', 'MAILBOX', 'DEDICATED_IP'";

/** Reseller plans (the master sells them; their resources are quotas) with an oversell allowance, and the ACCOUNT resource kind. */
export class Migration20261205143700 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "plan" add column "for_resellers" boolean not null default false;');
    this.addSql('alter table "plan" add column "oversell_percent" int not null default 0;');
    this.kinds(KINDS);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "plan_resource" where "kind" = 'ACCOUNT';`);
    this.kinds(OLD_KINDS);
    this.addSql('alter table "plan" drop column "oversell_percent";');
    this.addSql('alter table "plan" drop column "for_resellers";');
  }

  private kinds(list: string): void {
    for (const [table, column] of [
      ['plan_resource', 'kind'],
      ['invoice_line', 'resource_kind'],
      ['usage_record', 'kind'],
    ]) {
      this.addSql(`alter table "${table}" drop constraint if exists "${table}_${column}_check";`);
      this.addSql(`alter table "${table}" add constraint "${table}_${column}_check" check ("${column}" in (${list}));`);
    }
  }
}
