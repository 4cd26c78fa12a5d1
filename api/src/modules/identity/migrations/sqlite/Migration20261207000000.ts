import { Migration } from '@mikro-orm/migrations';

/**
 * Support staff logins (SUP-1): the SUPPORT_STAFF role, and disabling a login. SQLite cannot alter
 * a check, so app_user is rebuilt as SQLite's own procedure says: foreign keys off, which only
 * works outside a transaction (so this migration opens its own), or dropping the table every other
 * table references would delete their rows' parents; the legacy rename, as the accounts' search
 * triggers name app_user, which for a moment does not exist. Its indexes and search triggers are
 * made again.
 */
export class Migration20261207000000 extends Migration {
  override isTransactional(): boolean {
    return false;
  }

  override async up(): Promise<void> {
    this.addSql('pragma foreign_keys = off;');
    this.addSql('begin;');
    this.addSql('pragma legacy_alter_table = on;');
    this.addSql(
      "create table `app_user__temp_alter` (`id` integer not null primary key autoincrement, `reseller_id` integer not null, `login` text not null, `email` text not null, `password_hash` text not null, `role` text check (`role` in ('MASTER_ADMIN', 'RESELLER_ADMIN', 'SUPPORT_STAFF', 'END_USER')) not null, `skin` text check (`skin` in ('LEFT_MENU', 'NO_MENU', 'EXPRESSIA')) null, `text_only` integer not null default false, `language` text check (`language` in ('EN', 'DE')) null, `created_at` datetime not null, `password_changed_at` datetime null, `text_only_chosen` integer not null default false, `disabled_at` datetime null, constraint `app_user_reseller_id_foreign` foreign key(`reseller_id`) references `reseller`(`id`) on delete restrict on update cascade);",
    );
    this.addSql(
      'insert into `app_user__temp_alter` (`id`, `reseller_id`, `login`, `email`, `password_hash`, `role`, `skin`, `text_only`, `language`, `created_at`, `password_changed_at`, `text_only_chosen`) select `id`, `reseller_id`, `login`, `email`, `password_hash`, `role`, `skin`, `text_only`, `language`, `created_at`, `password_changed_at`, `text_only_chosen` from `app_user`;',
    );
    this.addSql('drop table `app_user`;');
    this.addSql('alter table `app_user__temp_alter` rename to `app_user`;');
    this.addSql('pragma legacy_alter_table = off;');
    this.addSql('create index `app_user_reseller_id_index` on `app_user` (`reseller_id`);');
    this.addSql('create unique index `app_user_reseller_id_login_unique` on `app_user` (`reseller_id`, `login`);');
    this.addSql(`create trigger \`app_user_search_after_insert\` after insert on \`app_user\` begin
  insert into \`app_user_search\` (\`rowid\`, \`login\`, \`email\`) values (new.\`id\`, new.\`login\`, new.\`email\`);
end;`);
    this
      .addSql(`create trigger \`app_user_search_after_update\` after update of \`id\`, \`login\`, \`email\` on \`app_user\`
when old.\`id\` is not new.\`id\` or old.\`login\` is not new.\`login\` or old.\`email\` is not new.\`email\` begin
  delete from \`app_user_search\` where \`rowid\` = old.\`id\`;
  insert into \`app_user_search\` (\`rowid\`, \`login\`, \`email\`) values (new.\`id\`, new.\`login\`, new.\`email\`);
  delete from \`account_search\` where \`rowid\` in (select \`id\` from \`account\` where \`owner_id\` = new.\`id\`);
  insert into \`account_search\` (\`rowid\`, \`name\`, \`login\`, \`email\`) select \`id\`, \`name\`, new.\`login\`, new.\`email\` from \`account\` where \`owner_id\` = new.\`id\`;
end;`);
    this.addSql(`create trigger \`app_user_search_after_delete\` after delete on \`app_user\` begin
  delete from \`app_user_search\` where \`rowid\` = old.\`id\`;
end;`);
    this.addSql('commit;');
    this.addSql('pragma foreign_keys = on;');
  }
}
