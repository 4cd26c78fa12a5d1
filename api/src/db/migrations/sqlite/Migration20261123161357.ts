import { Migration } from '@mikro-orm/migrations';

export class Migration20261123161357 extends Migration {
  /** See the rebuild of logical_server at the end: it needs foreign keys off, so it manages its own transaction. */
  override isTransactional(): boolean {
    return false;
  }

  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`); // see the rebuild of logical_server below
    this.addSql(`begin;`);
    this.addSql(
      `create table \`zone\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer null, \`name\` text not null, \`primary_id\` integer not null, \`secondary_id\` integer null, \`serial\` integer not null, \`state\` text check (\`state\` in ('QUEUED', 'ACTIVE', 'SUSPENDED', 'DELETING', 'FAILED')) not null default 'QUEUED', \`created_at\` datetime not null, \`changed_at\` datetime not null, constraint \`zone_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade, constraint \`zone_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete restrict on update cascade, constraint \`zone_primary_id_foreign\` foreign key(\`primary_id\`) references \`logical_server\`(\`id\`) on delete restrict on update cascade, constraint \`zone_secondary_id_foreign\` foreign key(\`secondary_id\`) references \`logical_server\`(\`id\`) on delete restrict on update cascade);`,
    );
    this.addSql(`create index \`zone_reseller_id_index\` on \`zone\` (\`reseller_id\`);`);
    this.addSql(`create index \`zone_account_id_index\` on \`zone\` (\`account_id\`);`);
    this.addSql(`create unique index \`zone_name_unique\` on \`zone\` (\`name\`);`);
    this.addSql(`create index \`zone_primary_id_index\` on \`zone\` (\`primary_id\`);`);
    this.addSql(`create index \`zone_secondary_id_index\` on \`zone\` (\`secondary_id\`);`);

    this.addSql(
      `create table \`domain\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer not null, \`kind\` text check (\`kind\` in ('OWN', 'THIRD_LEVEL', 'INSTANT', 'PARKED', 'NO_DOMAIN')) not null, \`name\` text null, \`zone_id\` integer null, \`instant_alias\` text null, \`state\` text check (\`state\` in ('QUEUED', 'ACTIVE', 'SUSPENDED', 'DELETING', 'FAILED')) not null default 'QUEUED', \`created_at\` datetime not null, constraint \`domain_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade, constraint \`domain_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete restrict on update cascade, constraint \`domain_zone_id_foreign\` foreign key(\`zone_id\`) references \`zone\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`domain_reseller_id_index\` on \`domain\` (\`reseller_id\`);`);
    this.addSql(`create index \`domain_account_id_index\` on \`domain\` (\`account_id\`);`);
    this.addSql(`create unique index \`domain_name_unique\` on \`domain\` (\`name\`);`);
    this.addSql(`create index \`domain_zone_id_index\` on \`domain\` (\`zone_id\`);`);
    this.addSql(`create unique index \`domain_instant_alias_unique\` on \`domain\` (\`instant_alias\`);`);
    this.addSql(`create index \`domain_account_id_kind_index\` on \`domain\` (\`account_id\`, \`kind\`);`);

    this.addSql(
      `create table \`web_site\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer not null, \`domain_id\` integer not null, \`server_id\` integer not null, \`directory\` text not null, \`server_names\` json not null, \`document_root\` text null, \`state\` text check (\`state\` in ('QUEUED', 'ACTIVE', 'SUSPENDED', 'DELETING', 'FAILED')) not null default 'QUEUED', \`created_at\` datetime not null, constraint \`web_site_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade, constraint \`web_site_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete restrict on update cascade, constraint \`web_site_domain_id_foreign\` foreign key(\`domain_id\`) references \`domain\`(\`id\`) on delete cascade on update cascade, constraint \`web_site_server_id_foreign\` foreign key(\`server_id\`) references \`logical_server\`(\`id\`) on delete restrict on update cascade);`,
    );
    this.addSql(`create index \`web_site_reseller_id_index\` on \`web_site\` (\`reseller_id\`);`);
    this.addSql(`create index \`web_site_account_id_index\` on \`web_site\` (\`account_id\`);`);
    this.addSql(`create unique index \`web_site_domain_id_unique\` on \`web_site\` (\`domain_id\`);`);
    this.addSql(`create index \`web_site_server_id_index\` on \`web_site\` (\`server_id\`);`);

    this.addSql(
      `create table \`resource_record\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer null, \`zone_id\` integer not null, \`domain_id\` integer null, \`name\` text not null, \`type\` text check (\`type\` in ('A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'CAA', 'NS')) not null, \`ttl\` integer not null, \`value\` text not null, \`priority\` integer null, \`weight\` integer null, \`port\` integer null, \`flags\` integer null, \`tag\` text null, \`managed\` integer not null default false, \`created_at\` datetime not null, constraint \`resource_record_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade, constraint \`resource_record_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete restrict on update cascade, constraint \`resource_record_zone_id_foreign\` foreign key(\`zone_id\`) references \`zone\`(\`id\`) on delete cascade on update cascade, constraint \`resource_record_domain_id_foreign\` foreign key(\`domain_id\`) references \`domain\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`resource_record_reseller_id_index\` on \`resource_record\` (\`reseller_id\`);`);
    this.addSql(`create index \`resource_record_account_id_index\` on \`resource_record\` (\`account_id\`);`);
    this.addSql(`create index \`resource_record_zone_id_index\` on \`resource_record\` (\`zone_id\`);`);
    this.addSql(`create index \`resource_record_domain_id_index\` on \`resource_record\` (\`domain_id\`);`);
    this.addSql(`create index \`resource_record_zone_id_name_index\` on \`resource_record\` (\`zone_id\`, \`name\`);`);

    this.addSql(`alter table \`reseller\` add column \`service_domain\` text null;`);
    this.addSql(`create unique index \`reseller_service_domain_unique\` on \`reseller\` (\`service_domain\`);`);
    this.addSql(`alter table \`account\` add column \`max_domains\` integer not null default 10;`);

    // The driver CHECK gains BIND and NGINX, and SQLite changes a CHECK only by rebuilding the table.
    // Foreign keys must be off while the table is dropped (else ip_address rows cascade away and
    // other references fail), and SQLite ignores that pragma inside a transaction: so this migration
    // runs outside the migrator's transaction and opens its own (at the top) after switching them off.
    this.addSql(
      `create table \`logical_server_new\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`kind\` text check (\`kind\` in ('WEB', 'MAIL', 'DNS', 'MYSQL', 'PGSQL', 'CP')) not null, \`physical_id\` integer not null, \`group_id\` integer null, \`driver\` text check (\`driver\` in ('FILES', 'MARIADB', 'BIND', 'NGINX')) not null, \`settings\` json not null, \`secret\` text null, \`max_accounts\` integer null, \`max_disk_mb\` integer null, \`max_tasks\` integer not null default 2, \`enabled\` integer not null default true, \`created_at\` datetime not null, constraint \`logical_server_physical_id_foreign\` foreign key(\`physical_id\`) references \`physical_server\`(\`id\`) on delete restrict on update cascade, constraint \`logical_server_group_id_foreign\` foreign key(\`group_id\`) references \`server_group\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(
      `insert into \`logical_server_new\` select \`id\`, \`name\`, \`kind\`, \`physical_id\`, \`group_id\`, \`driver\`, \`settings\`, \`secret\`, \`max_accounts\`, \`max_disk_mb\`, \`max_tasks\`, \`enabled\`, \`created_at\` from \`logical_server\`;`,
    );
    this.addSql(`drop table \`logical_server\`;`);
    this.addSql(`alter table \`logical_server_new\` rename to \`logical_server\`;`);
    this.addSql(`create unique index \`logical_server_name_unique\` on \`logical_server\` (\`name\`);`);
    this.addSql(`create index \`logical_server_physical_id_index\` on \`logical_server\` (\`physical_id\`);`);
    this.addSql(`create index \`logical_server_group_id_index\` on \`logical_server\` (\`group_id\`);`);
    this.addSql(`create index \`logical_server_kind_enabled_index\` on \`logical_server\` (\`kind\`, \`enabled\`);`);
    this.addSql(`pragma foreign_key_check;`);
    this.addSql(`commit;`);
    this.addSql(`pragma foreign_keys = on;`);
  }
}
