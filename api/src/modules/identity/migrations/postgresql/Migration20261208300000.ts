import { Migration } from '@mikro-orm/migrations';

/**
 * Password recovery and e-mail verification (issue 20): the mailed links (only their hashes), and
 * when a user's address was verified. Every address already there counts as verified since its
 * user's creation.
 */
export class Migration20261208300000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "app_user" add column "email_verified_at" timestamptz null;');
    this.addSql('update "app_user" set "email_verified_at" = "created_at";');
    this.addSql(
      `create table "mailed_token" ("id" varchar(64) not null, "user_id" int not null, "purpose" text check ("purpose" in ('PASSWORD_RESET', 'EMAIL_VERIFICATION')) not null, "email" varchar(254) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "mailed_token_pkey" primary key ("id"));`,
    );
    this.addSql('create index "mailed_token_user_id_index" on "mailed_token" ("user_id");');
    this.addSql(
      'alter table "mailed_token" add constraint "mailed_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;',
    );
  }
}
