import { Migration } from '@mikro-orm/migrations';

/** API tokens (API-1): the owner, company, name, scopes, expiry, IP allow-list and last use; only the secret's hash. */
export class Migration20261208000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`api_token\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`user_id\` integer not null, \`name\` text not null, \`lookup\` text not null, \`secret_hash\` text not null, \`scopes\` text not null, \`allowed_ips\` text not null default '', \`expires_at\` datetime not null, \`last_used_at\` datetime null, \`last_used_ip\` text null, \`revoked_at\` datetime null, \`created_at\` datetime not null, constraint \`api_token_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`api_token_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`api_token_reseller_id_index\` on \`api_token\` (\`reseller_id\`);`);
    this.addSql(`create index \`api_token_user_id_index\` on \`api_token\` (\`user_id\`);`);
    this.addSql(`create unique index \`api_token_lookup_unique\` on \`api_token\` (\`lookup\`);`);
    this.addSql(`create index \`api_token_reseller_id_id_index\` on \`api_token\` (\`reseller_id\`, \`id\`);`);
  }
}
