import { Migration } from '@mikro-orm/migrations';

const KINDS =
  "'DOMAIN', 'WEB_SITE', 'MYSQL_DATABASE', 'MYSQL_USER', 'DISK_MB', 'TRAFFIC_GB', 'MAILBOX', 'DEDICATED_IP', 'ACCOUNT', 'SSL_CERTIFICATE'";

/** The SSL_CERTIFICATE resource kind (issue 18: sites' certificates as a plan resource, limited and priced). */
export class Migration20261205150100 extends Migration {
  override async up(): Promise<void> {
    for (const [table, column] of [
      ['plan_resource', 'kind'],
      ['invoice_line', 'resource_kind'],
      ['usage_record', 'kind'],
    ]) {
      this.addSql(`alter table "${table}" drop constraint if exists "${table}_${column}_check";`);
      this.addSql(
        `alter table "${table}" add constraint "${table}_${column}_check" check ("${column}" in (${KINDS}));`,
      );
    }
  }
}
