import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110657 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`reseller\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`cp_host\` text null, \`is_root\` integer not null default false, \`default_skin\` text check (\`default_skin\` in ('LEFT_MENU', 'NO_MENU', 'EXPRESSIA')) not null default 'LEFT_MENU', \`default_language\` text check (\`default_language\` in ('EN', 'DE')) not null default 'EN', \`setup_completed_at\` datetime null, \`created_at\` datetime not null);`,
    );
    this.addSql(`create unique index \`reseller_cp_host_unique\` on \`reseller\` (\`cp_host\`);`);

    this.addSql(
      `create table \`app_user\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`login\` text not null, \`email\` text not null, \`password_hash\` text not null, \`role\` text check (\`role\` in ('MASTER_ADMIN', 'RESELLER_ADMIN', 'END_USER')) not null, \`skin\` text check (\`skin\` in ('LEFT_MENU', 'NO_MENU', 'EXPRESSIA')) null, \`text_only\` integer not null default false, \`language\` text check (\`language\` in ('EN', 'DE')) null, \`created_at\` datetime not null, \`password_changed_at\` datetime null, constraint \`app_user_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade);`,
    );
    this.addSql(`create index \`app_user_reseller_id_index\` on \`app_user\` (\`reseller_id\`);`);
    this.addSql(
      `create unique index \`app_user_reseller_id_login_unique\` on \`app_user\` (\`reseller_id\`, \`login\`);`,
    );

    this.addSql(
      `create table \`account\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`owner_id\` integer not null, \`name\` text not null, \`status\` text check (\`status\` in ('ACTIVE', 'SUSPENDED', 'MODERATION')) not null default 'ACTIVE', \`suspended_reason\` text null, \`created_at\` datetime not null, constraint \`account_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete restrict on update cascade, constraint \`account_owner_id_foreign\` foreign key(\`owner_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`account_reseller_id_index\` on \`account\` (\`reseller_id\`);`);
    this.addSql(`create index \`account_owner_id_index\` on \`account\` (\`owner_id\`);`);
    this.addSql(`create index \`account_reseller_id_status_index\` on \`account\` (\`reseller_id\`, \`status\`);`);

    this.addSql(
      `create table \`session\` (\`id\` text not null, \`user_id\` integer not null, \`active_account_id\` integer null, \`created_at\` datetime not null, \`last_seen_at\` datetime not null, \`expires_at\` datetime not null, \`ip\` text null, \`user_agent\` text null, constraint \`session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, constraint \`session_active_account_id_foreign\` foreign key(\`active_account_id\`) references \`account\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`session_user_id_index\` on \`session\` (\`user_id\`);`);
    this.addSql(`create index \`session_active_account_id_index\` on \`session\` (\`active_account_id\`);`);

    // The master admin's own business exists from the start; first-run setup claims it.
    // Dates are stored as epoch milliseconds, as MikroORM writes them.
    this.addSql(
      `insert into \`reseller\` (\`name\`, \`is_root\`, \`created_at\`) values ('My Hosting Company', 1, cast((julianday('now') - 2440587.5) * 86400000 as integer));`,
    );
  }
}
