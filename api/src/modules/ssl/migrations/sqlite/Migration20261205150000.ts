import { Migration } from '@mikro-orm/migrations';

/**
 * ACME (issue 18): the panel's account at the authority, the HTTP-01 answers it serves, a
 * certificate's PENDING state and last error, and the renewal-failed mail. SQLite changes a check
 * constraint by rebuilding the table.
 */
export class Migration20261205150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`acme_account\` (\`id\` integer not null primary key autoincrement, \`directory_url\` text not null, \`email\` text null, \`sealed_key\` text not null, \`account_url\` text null, \`created_at\` datetime not null);`,
    );
    this.addSql(
      `create table \`acme_challenge\` (\`token\` text not null, \`key_authorization\` text not null, \`certificate_id\` integer not null, \`expires_at\` datetime not null, primary key (\`token\`));`,
    );
    this.addSql(`create index \`acme_challenge_expires_at_index\` on \`acme_challenge\` (\`expires_at\`);`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`certificate__temp_alter\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`account_id\` integer null, \`site_id\` integer null, \`kind\` text check (\`kind\` in ('SITE', 'WILDCARD', 'PANEL', 'MAIL')) not null, \`source\` text check (\`source\` in ('UPLOADED', 'ACME', 'SELF_SIGNED')) not null, \`state\` text check (\`state\` in ('REQUESTED', 'PENDING', 'ACTIVE', 'EXPIRED', 'FAILED')) not null default 'ACTIVE', \`names\` json not null, \`key_type\` text check (\`key_type\` in ('RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_P256', 'EC_P384')) not null, \`issuer\` text null, \`serial\` text null, \`fingerprint\` text null, \`not_before\` datetime null, \`not_after\` datetime null, \`certificate_pem\` text null, \`chain_pem\` text null, \`csr_pem\` text null, \`sealed_key\` text not null, \`key_uploaded\` integer not null default false, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`last_error\` text null, \`last_error_at\` datetime null, constraint \`certificate_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`certificate_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade, constraint \`certificate_site_id_foreign\` foreign key(\`site_id\`) references \`web_site\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `insert into \`certificate__temp_alter\` (\`id\`, \`reseller_id\`, \`account_id\`, \`site_id\`, \`kind\`, \`source\`, \`state\`, \`names\`, \`key_type\`, \`issuer\`, \`serial\`, \`fingerprint\`, \`not_before\`, \`not_after\`, \`certificate_pem\`, \`chain_pem\`, \`csr_pem\`, \`sealed_key\`, \`key_uploaded\`, \`created_at\`, \`updated_at\`) select \`id\`, \`reseller_id\`, \`account_id\`, \`site_id\`, \`kind\`, \`source\`, \`state\`, \`names\`, \`key_type\`, \`issuer\`, \`serial\`, \`fingerprint\`, \`not_before\`, \`not_after\`, \`certificate_pem\`, \`chain_pem\`, \`csr_pem\`, \`sealed_key\`, \`key_uploaded\`, \`created_at\`, \`updated_at\` from \`certificate\`;`,
    );
    this.addSql(`drop table \`certificate\`;`);
    this.addSql(`alter table \`certificate__temp_alter\` rename to \`certificate\`;`);
    this.addSql(`create index \`certificate_reseller_id_index\` on \`certificate\` (\`reseller_id\`);`);
    this.addSql(`create index \`certificate_account_id_index\` on \`certificate\` (\`account_id\`);`);
    this.addSql(`create index \`certificate_site_id_index\` on \`certificate\` (\`site_id\`);`);
    this.addSql(`create index \`certificate_not_after_index\` on \`certificate\` (\`not_after\`);`);
    this.addSql(
      `create table \`mail_template__temp_alter\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`event\` text check (\`event\` in ('WELCOME', 'INVOICE_ISSUED', 'INVOICE_REMINDER', 'ACCOUNT_SUSPENDED', 'PAYMENT_RECEIPT', 'PAYMENT_DECLINED', 'PASSWORD_CHANGED', 'OPERATOR_ALERT', 'CERTIFICATE_RENEWAL_FAILED')) not null, \`language\` text check (\`language\` in ('EN', 'DE')) not null, \`subject\` text not null, \`body\` text not null, \`updated_at\` datetime not null, constraint \`mail_template_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `insert into \`mail_template__temp_alter\` select \`id\`, \`reseller_id\`, \`event\`, \`language\`, \`subject\`, \`body\`, \`updated_at\` from \`mail_template\`;`,
    );
    this.addSql(`drop table \`mail_template\`;`);
    this.addSql(`alter table \`mail_template__temp_alter\` rename to \`mail_template\`;`);
    this.addSql(`create index \`mail_template_reseller_id_index\` on \`mail_template\` (\`reseller_id\`);`);
    this.addSql(
      `create unique index \`mail_template_reseller_id_event_language_unique\` on \`mail_template\` (\`reseller_id\`, \`event\`, \`language\`);`,
    );
    this.addSql(`pragma foreign_keys = on;`);
  }
}
