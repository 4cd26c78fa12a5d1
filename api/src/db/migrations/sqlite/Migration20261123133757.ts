import { Migration } from '@mikro-orm/migrations';

export class Migration20261123133757 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`physical_server\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`os\` text check (\`os\` in ('LINUX', 'FREEBSD', 'WINDOWS')) not null, \`address\` text not null, \`status\` text check (\`status\` in ('ONLINE', 'MAINTENANCE', 'OFFLINE')) not null default 'ONLINE', \`notes\` text null, \`created_at\` datetime not null);`,
    );
    this.addSql(`create unique index \`physical_server_name_unique\` on \`physical_server\` (\`name\`);`);

    this.addSql(
      `create table \`server_group\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`kind\` text check (\`kind\` in ('WEB', 'MAIL', 'DNS', 'MYSQL', 'PGSQL', 'CP')) not null, \`policy\` text check (\`policy\` in ('RANDOM', 'LEAST_LOADED')) not null default 'RANDOM', \`is_default\` integer not null default false, \`created_at\` datetime not null);`,
    );
    this.addSql(`create unique index \`server_group_name_unique\` on \`server_group\` (\`name\`);`);

    this.addSql(
      `create table \`logical_server\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`kind\` text check (\`kind\` in ('WEB', 'MAIL', 'DNS', 'MYSQL', 'PGSQL', 'CP')) not null, \`physical_id\` integer not null, \`group_id\` integer null, \`driver\` text check (\`driver\` in ('FILES', 'MARIADB')) not null, \`settings\` json not null, \`secret\` text null, \`max_accounts\` integer null, \`max_disk_mb\` integer null, \`max_tasks\` integer not null default 2, \`enabled\` integer not null default true, \`created_at\` datetime not null, constraint \`logical_server_physical_id_foreign\` foreign key(\`physical_id\`) references \`physical_server\`(\`id\`) on delete restrict on update cascade, constraint \`logical_server_group_id_foreign\` foreign key(\`group_id\`) references \`server_group\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`logical_server_name_unique\` on \`logical_server\` (\`name\`);`);
    this.addSql(`create index \`logical_server_physical_id_index\` on \`logical_server\` (\`physical_id\`);`);
    this.addSql(`create index \`logical_server_group_id_index\` on \`logical_server\` (\`group_id\`);`);
    this.addSql(`create index \`logical_server_kind_enabled_index\` on \`logical_server\` (\`kind\`, \`enabled\`);`);

    this.addSql(
      `create table \`task\` (\`id\` integer not null primary key autoincrement, \`kind\` text not null, \`state\` text check (\`state\` in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')) not null default 'QUEUED', \`payload\` json not null, \`secret\` text null, \`server_id\` integer null, \`account_id\` integer null, \`reseller_id\` integer null, \`subject\` text not null default '', \`attempts\` integer not null default 0, \`max_attempts\` integer not null default 5, \`run_after\` datetime not null, \`lease_owner\` text null, \`lease_until\` datetime null, \`last_error\` text null, \`created_at\` datetime not null, \`started_at\` datetime null, \`finished_at\` datetime null, constraint \`task_server_id_foreign\` foreign key(\`server_id\`) references \`logical_server\`(\`id\`) on delete set null on update cascade, constraint \`task_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete set null on update cascade, constraint \`task_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`task_server_id_index\` on \`task\` (\`server_id\`);`);
    this.addSql(`create index \`task_account_id_index\` on \`task\` (\`account_id\`);`);
    this.addSql(`create index \`task_reseller_id_index\` on \`task\` (\`reseller_id\`);`);
    this.addSql(`create index \`task_server_id_state_index\` on \`task\` (\`server_id\`, \`state\`);`);
    this.addSql(`create index \`task_state_run_after_index\` on \`task\` (\`state\`, \`run_after\`);`);

    this.addSql(
      `create table \`mysql_user\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer not null, \`server_id\` integer not null, \`name\` text not null, \`state\` text check (\`state\` in ('QUEUED', 'ACTIVE', 'SUSPENDED', 'DELETING', 'FAILED')) not null default 'QUEUED', \`password_changed_at\` datetime null, \`created_at\` datetime not null, constraint \`mysql_user_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade, constraint \`mysql_user_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete restrict on update cascade, constraint \`mysql_user_server_id_foreign\` foreign key(\`server_id\`) references \`logical_server\`(\`id\`) on delete restrict on update cascade);`,
    );
    this.addSql(`create index \`mysql_user_reseller_id_index\` on \`mysql_user\` (\`reseller_id\`);`);
    this.addSql(`create index \`mysql_user_account_id_index\` on \`mysql_user\` (\`account_id\`);`);
    this.addSql(`create index \`mysql_user_server_id_index\` on \`mysql_user\` (\`server_id\`);`);
    this.addSql(
      `create unique index \`mysql_user_server_id_name_unique\` on \`mysql_user\` (\`server_id\`, \`name\`);`,
    );

    this.addSql(
      `create table \`mysql_database\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer not null, \`server_id\` integer not null, \`name\` text not null, \`charset\` text not null, \`state\` text check (\`state\` in ('QUEUED', 'ACTIVE', 'SUSPENDED', 'DELETING', 'FAILED')) not null default 'QUEUED', \`size_bytes\` double null, \`size_checked_at\` datetime null, \`created_at\` datetime not null, constraint \`mysql_database_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade, constraint \`mysql_database_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete restrict on update cascade, constraint \`mysql_database_server_id_foreign\` foreign key(\`server_id\`) references \`logical_server\`(\`id\`) on delete restrict on update cascade);`,
    );
    this.addSql(`create index \`mysql_database_reseller_id_index\` on \`mysql_database\` (\`reseller_id\`);`);
    this.addSql(`create index \`mysql_database_account_id_index\` on \`mysql_database\` (\`account_id\`);`);
    this.addSql(`create index \`mysql_database_server_id_index\` on \`mysql_database\` (\`server_id\`);`);
    this.addSql(
      `create unique index \`mysql_database_server_id_name_unique\` on \`mysql_database\` (\`server_id\`, \`name\`);`,
    );

    this.addSql(
      `create table \`mysql_grant\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer not null, \`user_id\` integer not null, \`database_id\` integer not null, \`state\` text check (\`state\` in ('QUEUED', 'ACTIVE', 'SUSPENDED', 'DELETING', 'FAILED')) not null default 'QUEUED', \`created_at\` datetime not null, constraint \`mysql_grant_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade, constraint \`mysql_grant_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete restrict on update cascade, constraint \`mysql_grant_user_id_foreign\` foreign key(\`user_id\`) references \`mysql_user\`(\`id\`) on delete cascade on update cascade, constraint \`mysql_grant_database_id_foreign\` foreign key(\`database_id\`) references \`mysql_database\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`mysql_grant_reseller_id_index\` on \`mysql_grant\` (\`reseller_id\`);`);
    this.addSql(`create index \`mysql_grant_account_id_index\` on \`mysql_grant\` (\`account_id\`);`);
    this.addSql(`create index \`mysql_grant_user_id_index\` on \`mysql_grant\` (\`user_id\`);`);
    this.addSql(`create index \`mysql_grant_database_id_index\` on \`mysql_grant\` (\`database_id\`);`);
    this.addSql(
      `create unique index \`mysql_grant_user_id_database_id_unique\` on \`mysql_grant\` (\`user_id\`, \`database_id\`);`,
    );

    this.addSql(
      `create table \`ip_address\` (\`id\` integer not null primary key autoincrement, \`address\` text not null, \`server_id\` integer not null, \`kind\` text check (\`kind\` in ('SHARED', 'DEDICATED')) not null, \`account_id\` integer null, \`allocated_at\` datetime null, \`created_at\` datetime not null, constraint \`ip_address_server_id_foreign\` foreign key(\`server_id\`) references \`logical_server\`(\`id\`) on delete cascade on update cascade, constraint \`ip_address_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`ip_address_address_unique\` on \`ip_address\` (\`address\`);`);
    this.addSql(`create index \`ip_address_server_id_index\` on \`ip_address\` (\`server_id\`);`);
    this.addSql(`create index \`ip_address_account_id_index\` on \`ip_address\` (\`account_id\`);`);
    this.addSql(
      `create index \`ip_address_server_id_kind_account_id_index\` on \`ip_address\` (\`server_id\`, \`kind\`, \`account_id\`);`,
    );

    this.addSql(
      `create table \`account_server\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer not null, \`kind\` text check (\`kind\` in ('WEB', 'MAIL', 'DNS', 'MYSQL', 'PGSQL', 'CP')) not null, \`server_id\` integer not null, \`created_at\` datetime not null, constraint \`account_server_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade, constraint \`account_server_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade, constraint \`account_server_server_id_foreign\` foreign key(\`server_id\`) references \`logical_server\`(\`id\`) on delete restrict on update cascade);`,
    );
    this.addSql(`create index \`account_server_reseller_id_index\` on \`account_server\` (\`reseller_id\`);`);
    this.addSql(`create index \`account_server_account_id_index\` on \`account_server\` (\`account_id\`);`);
    this.addSql(`create index \`account_server_server_id_index\` on \`account_server\` (\`server_id\`);`);
    this.addSql(
      `create unique index \`account_server_account_id_kind_unique\` on \`account_server\` (\`account_id\`, \`kind\`);`,
    );

    this.addSql(`alter table \`account\` add column \`max_mysql_databases\` integer not null default 10;`);
    this.addSql(`alter table \`account\` add column \`max_mysql_users\` integer not null default 10;`);
  }
}
