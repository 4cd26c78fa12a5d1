import { Migration } from '@mikro-orm/migrations';

/** A company's SSL policy (issue 18): whether a site's certificate needs a dedicated IP address. */
export class Migration20261205150200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`ssl_policy\` (\`reseller_id\` integer not null, \`require_dedicated_ip\` integer not null default false, constraint \`ssl_policy_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, primary key (\`reseller_id\`));`,
    );
  }
}
