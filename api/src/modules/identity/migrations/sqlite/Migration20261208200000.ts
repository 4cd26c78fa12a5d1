import { Migration } from '@mikro-orm/migrations';

/**
 * Two-factor sign-in: authenticator apps (TOTP, the secret sealed), single-use recovery codes
 * (hashed), passkeys (public keys) and their registration challenges, pending sign-ins awaiting a
 * second factor (token hashed), and each company's policy for its admins. New tables only.
 */
export class Migration20261208200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`company_security\` (\`reseller_id\` integer not null, \`admins_need_two_factor\` integer not null default false, \`updated_at\` datetime not null, constraint \`company_security_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, primary key (\`reseller_id\`));`,
    );

    this.addSql(
      `create table \`recovery_code\` (\`id\` integer not null primary key autoincrement, \`user_id\` integer not null, \`code_hash\` text not null, \`created_at\` datetime not null, \`used_at\` datetime null, constraint \`recovery_code_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`recovery_code_user_id_index\` on \`recovery_code\` (\`user_id\`);`);

    this.addSql(
      `create table \`pending_sign_in\` (\`id\` text not null, \`user_id\` integer not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`failures\` integer not null default 0, \`challenge\` text null, constraint \`pending_sign_in_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`pending_sign_in_user_id_index\` on \`pending_sign_in\` (\`user_id\`);`);

    this.addSql(
      `create table \`passkey_registration\` (\`user_id\` integer not null, \`challenge\` text not null, \`expires_at\` datetime not null, constraint \`passkey_registration_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`user_id\`));`,
    );

    this.addSql(
      `create table \`passkey\` (\`id\` integer not null primary key autoincrement, \`user_id\` integer not null, \`name\` text not null, \`credential_id\` text not null, \`public_key\` text not null, \`counter\` bigint not null default 0, \`transports\` text not null default '', \`created_at\` datetime not null, \`last_used_at\` datetime null, constraint \`passkey_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`passkey_user_id_index\` on \`passkey\` (\`user_id\`);`);
    this.addSql(`create unique index \`passkey_credential_id_unique\` on \`passkey\` (\`credential_id\`);`);

    this.addSql(
      `create table \`user_totp\` (\`id\` integer not null primary key autoincrement, \`user_id\` integer not null, \`secret_sealed\` text not null, \`created_at\` datetime not null, \`confirmed_at\` datetime null, \`last_step\` integer null, constraint \`user_totp_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`user_totp_user_id_index\` on \`user_totp\` (\`user_id\`);`);
    this.addSql(`create unique index \`user_totp_user_id_unique\` on \`user_totp\` (\`user_id\`);`);
  }
}
