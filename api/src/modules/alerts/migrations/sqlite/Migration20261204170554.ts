import { Migration } from '@mikro-orm/migrations';

/** Operator alerts: setup problems that stopped customers' requests, per company (issue 14). */
export class Migration20261204170554 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`operator_alert\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`problem\` text not null, \`message\` text not null, \`fix_path\` text not null, \`occurrences\` integer not null default 1, \`first_seen_at\` datetime not null, \`last_seen_at\` datetime not null, \`resolved_at\` datetime null, constraint \`operator_alert_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`operator_alert_reseller_id_index\` on \`operator_alert\` (\`reseller_id\`);`);
    this.addSql(
      `create index \`operator_alert_reseller_id_resolved_at_index\` on \`operator_alert\` (\`reseller_id\`, \`resolved_at\`);`,
    );
    this.addSql(
      `create unique index \`operator_alert_reseller_id_problem_unique\` on \`operator_alert\` (\`reseller_id\`, \`problem\`);`,
    );
  }
}
