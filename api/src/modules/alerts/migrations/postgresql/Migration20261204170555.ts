import { Migration } from '@mikro-orm/migrations';

/** Operator alerts: setup problems that stopped customers' requests, per company (issue 14). */
export class Migration20261204170555 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "operator_alert" ("id" serial primary key, "reseller_id" int not null, "problem" varchar(100) not null, "message" varchar(500) not null, "fix_path" varchar(200) not null, "occurrences" int not null default 1, "first_seen_at" timestamptz not null, "last_seen_at" timestamptz not null, "resolved_at" timestamptz null);`,
    );
    this.addSql(
      `create index "operator_alert_reseller_id_resolved_at_index" on "operator_alert" ("reseller_id", "resolved_at");`,
    );
    this.addSql(
      `alter table "operator_alert" add constraint "operator_alert_reseller_id_problem_unique" unique ("reseller_id", "problem");`,
    );

    this.addSql(
      `alter table "operator_alert" add constraint "operator_alert_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "operator_alert" cascade;`);
  }
}
