import { Migration } from '@mikro-orm/migrations';

/** A company's SSL policy (issue 18): whether a site's certificate needs a dedicated IP address. */
export class Migration20261205150200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "ssl_policy" ("reseller_id" int not null, "require_dedicated_ip" boolean not null default false, constraint "ssl_policy_pkey" primary key ("reseller_id"));`,
    );
    this.addSql(
      `alter table "ssl_policy" add constraint "ssl_policy_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
  }
}
