import { Migration } from '@mikro-orm/migrations';

/**
 * Trigram search indexes for the accounts and users lists (db/search-index.ts), written by hand.
 * FTS5 tables with the trigram tokenizer, which folds case: a quoted phrase of three or more
 * characters matches any substring. account_search holds one row per account (rowid = account id)
 * with its owner's login and e-mail, so an account search is one MATCH; app_user_search (rowid =
 * user id) serves the users list. AFTER triggers keep both in sync.
 * The tables keep their own copy of the text (about a quarter of their size) rather than being
 * contentless: deleting from a contentless table needs contentless_delete (SQLite 3.43), and the
 * triggers would then make every write to account or app_user fail under an older sqlite3 shell,
 * such as Debian 12's 3.40. Trigram itself needs 3.34.
 */
export class Migration20261123150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create virtual table \`account_search\` using fts5(\`name\`, \`login\`, \`email\`, tokenize = 'trigram');`,
    );
    this.addSql(`create virtual table \`app_user_search\` using fts5(\`login\`, \`email\`, tokenize = 'trigram');`);

    // Scalar subqueries rather than a join: an account always gets its row, even before its owner resolves.
    const newAccountRow = `new.\`id\`, new.\`name\`, (select \`login\` from \`app_user\` where \`id\` = new.\`owner_id\`), (select \`email\` from \`app_user\` where \`id\` = new.\`owner_id\`)`;
    this.addSql(`create trigger \`account_search_after_insert\` after insert on \`account\` begin
  insert into \`account_search\` (\`rowid\`, \`name\`, \`login\`, \`email\`) values (${newAccountRow});
end;`);
    this
      .addSql(`create trigger \`account_search_after_update\` after update of \`id\`, \`name\`, \`owner_id\` on \`account\`
when old.\`id\` is not new.\`id\` or old.\`name\` is not new.\`name\` or old.\`owner_id\` is not new.\`owner_id\` begin
  delete from \`account_search\` where \`rowid\` = old.\`id\`;
  insert into \`account_search\` (\`rowid\`, \`name\`, \`login\`, \`email\`) values (${newAccountRow});
end;`);
    this.addSql(`create trigger \`account_search_after_delete\` after delete on \`account\` begin
  delete from \`account_search\` where \`rowid\` = old.\`id\`;
end;`);

    this.addSql(`create trigger \`app_user_search_after_insert\` after insert on \`app_user\` begin
  insert into \`app_user_search\` (\`rowid\`, \`login\`, \`email\`) values (new.\`id\`, new.\`login\`, new.\`email\`);
end;`);
    // A new login or e-mail also rewrites the rows of the accounts the user owns.
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

    // Existing rows.
    this.addSql(
      `insert into \`account_search\` (\`rowid\`, \`name\`, \`login\`, \`email\`) select a.\`id\`, a.\`name\`, u.\`login\`, u.\`email\` from \`account\` a left join \`app_user\` u on u.\`id\` = a.\`owner_id\`;`,
    );
    this.addSql(
      `insert into \`app_user_search\` (\`rowid\`, \`login\`, \`email\`) select \`id\`, \`login\`, \`email\` from \`app_user\`;`,
    );
  }

  override async down(): Promise<void> {
    for (const trigger of [
      'account_search_after_insert',
      'account_search_after_update',
      'account_search_after_delete',
      'app_user_search_after_insert',
      'app_user_search_after_update',
      'app_user_search_after_delete',
    ]) {
      this.addSql(`drop trigger if exists \`${trigger}\`;`);
    }
    this.addSql(`drop table if exists \`account_search\`;`);
    this.addSql(`drop table if exists \`app_user_search\`;`);
  }
}
