import { Migration } from '@mikro-orm/migrations';

/** API tokens (API-1): the owner, company, name, scopes, expiry, IP allow-list and last use; only the secret's hash. */
export class Migration20261208000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "api_token" ("id" serial primary key, "reseller_id" int not null, "user_id" int not null, "name" varchar(100) not null, "lookup" varchar(16) not null, "secret_hash" varchar(64) not null, "scopes" varchar(500) not null, "allowed_ips" text not null default '', "expires_at" timestamptz not null, "last_used_at" timestamptz null, "last_used_ip" varchar(64) null, "revoked_at" timestamptz null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_lookup_unique" unique ("lookup");`);
    this.addSql(`create index "api_token_reseller_id_id_index" on "api_token" ("reseller_id", "id");`);
    this.addSql(
      `alter table "api_token" add constraint "api_token_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }
}
