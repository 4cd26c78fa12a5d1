import { Migration } from '@mikro-orm/migrations';

/** SSL certificates (SSL-1): sites' certificates and signing requests, keys sealed. */
export class Migration20261205044645 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`certificate\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer null, \`site_id\` integer null, \`kind\` text check (\`kind\` in ('SITE', 'WILDCARD', 'PANEL', 'MAIL')) not null, \`source\` text check (\`source\` in ('UPLOADED', 'ACME', 'SELF_SIGNED')) not null, \`state\` text check (\`state\` in ('REQUESTED', 'ACTIVE', 'EXPIRED', 'FAILED')) not null default 'ACTIVE', \`names\` json not null, \`key_type\` text check (\`key_type\` in ('RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_P256', 'EC_P384')) not null, \`issuer\` text null, \`serial\` text null, \`fingerprint\` text null, \`not_before\` datetime null, \`not_after\` datetime null, \`certificate_pem\` text null, \`chain_pem\` text null, \`csr_pem\` text null, \`sealed_key\` text not null, \`key_uploaded\` integer not null default false, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`certificate_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`certificate_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade, constraint \`certificate_site_id_foreign\` foreign key(\`site_id\`) references \`web_site\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`certificate_reseller_id_index\` on \`certificate\` (\`reseller_id\`);`);
    this.addSql(`create index \`certificate_account_id_index\` on \`certificate\` (\`account_id\`);`);
    this.addSql(`create index \`certificate_site_id_index\` on \`certificate\` (\`site_id\`);`);
    this.addSql(`create index \`certificate_not_after_index\` on \`certificate\` (\`not_after\`);`);
  }
}
