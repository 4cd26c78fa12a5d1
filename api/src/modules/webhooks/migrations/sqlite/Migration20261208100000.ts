import { Migration } from '@mikro-orm/migrations';

/** Webhooks (issue 20): subscriptions, their delivery log (a row per attempt), and the master's policy on private targets. */
export class Migration20261208100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`webhook\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer null, \`url\` text not null, \`events\` json not null, \`enabled\` integer not null default true, \`description\` text not null default '', \`secret\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`webhook_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`webhook_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`webhook_reseller_id_index\` on \`webhook\` (\`reseller_id\`);`);
    this.addSql(`create index \`webhook_account_id_index\` on \`webhook\` (\`account_id\`);`);
    this.addSql(
      `create index \`webhook_reseller_id_account_id_index\` on \`webhook\` (\`reseller_id\`, \`account_id\`);`,
    );
    this.addSql(
      `create table \`webhook_delivery\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer null, \`webhook_id\` integer not null, \`event_id\` text not null, \`event_type\` text not null, \`attempt\` integer not null, \`ok\` integer not null, \`status_code\` integer null, \`duration_ms\` integer not null, \`error\` text null, \`response\` text null, \`created_at\` datetime not null, constraint \`webhook_delivery_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`webhook_delivery_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade, constraint \`webhook_delivery_webhook_id_foreign\` foreign key(\`webhook_id\`) references \`webhook\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`webhook_delivery_reseller_id_index\` on \`webhook_delivery\` (\`reseller_id\`);`);
    this.addSql(`create index \`webhook_delivery_account_id_index\` on \`webhook_delivery\` (\`account_id\`);`);
    this.addSql(`create index \`webhook_delivery_webhook_id_index\` on \`webhook_delivery\` (\`webhook_id\`);`);
    this.addSql(
      `create index \`webhook_delivery_webhook_id_id_index\` on \`webhook_delivery\` (\`webhook_id\`, \`id\`);`,
    );
    this.addSql(
      `create table \`webhook_policy\` (\`id\` integer not null default 1, \`allow_private_targets\` integer not null default false, primary key (\`id\`));`,
    );
  }
}
