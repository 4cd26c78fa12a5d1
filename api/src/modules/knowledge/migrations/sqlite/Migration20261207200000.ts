import { Migration } from '@mikro-orm/migrations';

/**
 * The knowledge base (issue 19, SUP-2): categories, articles, readers' answers, deflections, the
 * company's settings, and the articles' FTS5 index.
 */
export class Migration20261207200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`kb_settings\` (\`reseller_id\` integer not null, \`public_knowledge_base\` integer not null default false, constraint \`kb_settings_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, primary key (\`reseller_id\`));`,
    );

    this.addSql(
      `create table \`kb_category\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`language\` text check (\`language\` in ('EN', 'DE')) not null, \`name\` text not null, \`slug\` text not null, \`position\` integer not null default 0, \`created_at\` datetime not null, constraint \`kb_category_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`kb_category_reseller_id_index\` on \`kb_category\` (\`reseller_id\`);`);
    this.addSql(
      `create unique index \`kb_category_reseller_id_language_slug_unique\` on \`kb_category\` (\`reseller_id\`, \`language\`, \`slug\`);`,
    );

    this.addSql(
      `create table \`kb_article\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`category_id\` integer not null, \`language\` text check (\`language\` in ('EN', 'DE')) not null, \`title\` text not null, \`slug\` text not null, \`body\` text not null, \`state\` text check (\`state\` in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', \`shared_with_resellers\` integer not null default false, \`published_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`helpful_count\` integer not null default 0, \`not_helpful_count\` integer not null default 0, \`views\` integer not null default 0, constraint \`kb_article_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`kb_article_category_id_foreign\` foreign key(\`category_id\`) references \`kb_category\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`kb_article_reseller_id_index\` on \`kb_article\` (\`reseller_id\`);`);
    this.addSql(`create index \`kb_article_category_id_index\` on \`kb_article\` (\`category_id\`);`);
    this.addSql(
      `create index \`kb_article_reseller_id_state_language_index\` on \`kb_article\` (\`reseller_id\`, \`state\`, \`language\`);`,
    );
    this.addSql(
      `create unique index \`kb_article_reseller_id_slug_unique\` on \`kb_article\` (\`reseller_id\`, \`slug\`);`,
    );

    this.addSql(
      `create table \`kb_feedback\` (\`id\` integer not null primary key autoincrement, \`article_id\` integer not null, \`user_id\` integer not null, \`helpful\` integer not null, \`at\` datetime not null, constraint \`kb_feedback_article_id_foreign\` foreign key(\`article_id\`) references \`kb_article\`(\`id\`) on delete cascade on update cascade, constraint \`kb_feedback_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`kb_feedback_article_id_index\` on \`kb_feedback\` (\`article_id\`);`);
    this.addSql(`create index \`kb_feedback_user_id_index\` on \`kb_feedback\` (\`user_id\`);`);
    this.addSql(
      `create unique index \`kb_feedback_article_id_user_id_unique\` on \`kb_feedback\` (\`article_id\`, \`user_id\`);`,
    );

    this.addSql(
      `create table \`kb_deflection\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`article_id\` integer not null, \`user_id\` integer not null, \`account_id\` integer null, \`at\` datetime not null, constraint \`kb_deflection_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`kb_deflection_article_id_foreign\` foreign key(\`article_id\`) references \`kb_article\`(\`id\`) on delete cascade on update cascade, constraint \`kb_deflection_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, constraint \`kb_deflection_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`kb_deflection_reseller_id_index\` on \`kb_deflection\` (\`reseller_id\`);`);
    this.addSql(`create index \`kb_deflection_article_id_index\` on \`kb_deflection\` (\`article_id\`);`);
    this.addSql(`create index \`kb_deflection_user_id_index\` on \`kb_deflection\` (\`user_id\`);`);
    this.addSql(`create index \`kb_deflection_account_id_index\` on \`kb_deflection\` (\`account_id\`);`);
    this.addSql(`create index \`kb_deflection_reseller_id_at_index\` on \`kb_deflection\` (\`reseller_id\`, \`at\`);`);

    // Full-text search (search.ts): an external-content FTS5 table over title and body, words
    // stemmed by porter over unicode61 (ranked with bm25), kept in step by triggers.
    this.addSql(
      `create virtual table \`kb_article_search\` using fts5(\`title\`, \`body\`, content = 'kb_article', content_rowid = 'id', tokenize = 'porter unicode61');`,
    );
    this.addSql(`create trigger \`kb_article_search_after_insert\` after insert on \`kb_article\` begin
  insert into \`kb_article_search\` (\`rowid\`, \`title\`, \`body\`) values (new.\`id\`, new.\`title\`, new.\`body\`);
end;`);
    this
      .addSql(`create trigger \`kb_article_search_after_update\` after update of \`title\`, \`body\` on \`kb_article\` begin
  insert into \`kb_article_search\` (\`kb_article_search\`, \`rowid\`, \`title\`, \`body\`) values ('delete', old.\`id\`, old.\`title\`, old.\`body\`);
  insert into \`kb_article_search\` (\`rowid\`, \`title\`, \`body\`) values (new.\`id\`, new.\`title\`, new.\`body\`);
end;`);
    this.addSql(`create trigger \`kb_article_search_after_delete\` after delete on \`kb_article\` begin
  insert into \`kb_article_search\` (\`kb_article_search\`, \`rowid\`, \`title\`, \`body\`) values ('delete', old.\`id\`, old.\`title\`, old.\`body\`);
end;`);
  }

  override async down(): Promise<void> {
    for (const trigger of [
      'kb_article_search_after_insert',
      'kb_article_search_after_update',
      'kb_article_search_after_delete',
    ]) {
      this.addSql(`drop trigger if exists \`${trigger}\`;`);
    }
    this.addSql(`drop table if exists \`kb_article_search\`;`);
    for (const table of ['kb_deflection', 'kb_feedback', 'kb_article', 'kb_category', 'kb_settings']) {
      this.addSql(`drop table if exists \`${table}\`;`);
    }
  }
}
