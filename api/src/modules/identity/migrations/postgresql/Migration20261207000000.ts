import { Migration } from '@mikro-orm/migrations';

/** Support staff logins (SUP-1): the SUPPORT_STAFF role, and disabling a login. */
export class Migration20261207000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint if exists "app_user_role_check";`);
    this.addSql(
      `alter table "app_user" add constraint "app_user_role_check" check("role" in ('MASTER_ADMIN', 'RESELLER_ADMIN', 'SUPPORT_STAFF', 'END_USER'));`,
    );
    this.addSql(`alter table "app_user" add column "disabled_at" timestamptz null;`);
  }
}
