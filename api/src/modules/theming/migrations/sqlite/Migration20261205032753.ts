import { Migration } from '@mikro-orm/migrations';

/** Each company's brand: its published versions, its draft, its images. */
export class Migration20261205032753 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`brand_version\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`number\` integer not null, \`name\` text not null, \`settings\` text not null, \`published_by\` text not null, \`published_at\` datetime not null, constraint \`brand_version_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`brand_version_reseller_id_index\` on \`brand_version\` (\`reseller_id\`);`);
    this.addSql(
      `create unique index \`brand_version_reseller_id_number_unique\` on \`brand_version\` (\`reseller_id\`, \`number\`);`,
    );

    this.addSql(
      `create table \`company_brand\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`current_id\` integer null, \`draft\` text null, \`draft_name\` text null, \`draft_updated_at\` datetime null, constraint \`company_brand_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade, constraint \`company_brand_current_id_foreign\` foreign key(\`current_id\`) references \`brand_version\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`company_brand_reseller_id_unique\` on \`company_brand\` (\`reseller_id\`);`);
    this.addSql(`create index \`company_brand_current_id_index\` on \`company_brand\` (\`current_id\`);`);

    this.addSql(
      `create table \`brand_image\` (\`id\` integer not null primary key autoincrement, \`reseller_id\` integer not null, \`hash\` text not null, \`kind\` text check (\`kind\` in ('LOGO', 'FAVICON')) not null, \`content_type\` text not null, \`data\` blob not null, \`width\` integer not null, \`height\` integer not null, \`bytes\` integer not null, \`created_at\` datetime not null, constraint \`brand_image_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`reseller\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`brand_image_reseller_id_index\` on \`brand_image\` (\`reseller_id\`);`);
    this.addSql(
      `create unique index \`brand_image_reseller_id_hash_unique\` on \`brand_image\` (\`reseller_id\`, \`hash\`);`,
    );
  }
}
