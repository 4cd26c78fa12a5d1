import { Migration } from '@mikro-orm/migrations';

/**
 * Two-factor sign-in: authenticator apps (TOTP, the secret sealed), single-use recovery codes
 * (hashed), passkeys (public keys) and their registration challenges, pending sign-ins awaiting a
 * second factor (token hashed), and each company's policy for its admins. New tables only.
 */
export class Migration20261208200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "company_security" ("reseller_id" int not null, "admins_need_two_factor" boolean not null default false, "updated_at" timestamptz not null, constraint "company_security_pkey" primary key ("reseller_id"));`,
    );

    this.addSql(
      `create table "recovery_code" ("id" serial primary key, "user_id" int not null, "code_hash" varchar(64) not null, "created_at" timestamptz not null, "used_at" timestamptz null);`,
    );
    this.addSql(`create index "recovery_code_user_id_index" on "recovery_code" ("user_id");`);

    this.addSql(
      `create table "pending_sign_in" ("id" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "failures" int not null default 0, "challenge" varchar(128) null, constraint "pending_sign_in_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "pending_sign_in_user_id_index" on "pending_sign_in" ("user_id");`);

    this.addSql(
      `create table "passkey_registration" ("user_id" int not null, "challenge" varchar(128) not null, "expires_at" timestamptz not null, constraint "passkey_registration_pkey" primary key ("user_id"));`,
    );

    this.addSql(
      `create table "passkey" ("id" serial primary key, "user_id" int not null, "name" varchar(64) not null, "credential_id" varchar(1400) not null, "public_key" text not null, "counter" bigint not null default 0, "transports" varchar(200) not null default '', "created_at" timestamptz not null, "last_used_at" timestamptz null);`,
    );
    this.addSql(`create index "passkey_user_id_index" on "passkey" ("user_id");`);
    this.addSql(`alter table "passkey" add constraint "passkey_credential_id_unique" unique ("credential_id");`);

    this.addSql(
      `create table "user_totp" ("id" serial primary key, "user_id" int not null, "secret_sealed" text not null, "created_at" timestamptz not null, "confirmed_at" timestamptz null, "last_step" int null);`,
    );
    this.addSql(`alter table "user_totp" add constraint "user_totp_user_id_unique" unique ("user_id");`);

    this.addSql(
      `alter table "company_security" add constraint "company_security_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "recovery_code" add constraint "recovery_code_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "pending_sign_in" add constraint "pending_sign_in_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "passkey_registration" add constraint "passkey_registration_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "passkey" add constraint "passkey_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "user_totp" add constraint "user_totp_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }
}
