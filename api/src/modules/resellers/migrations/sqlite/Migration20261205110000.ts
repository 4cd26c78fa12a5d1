import { Migration } from '@mikro-orm/migrations';

/** What a company lets its users choose (LF-3), and the text-only default. */
export class Migration20261205110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `reseller` add column `default_text_only` integer not null default false;');
    this.addSql('alter table `reseller` add column `users_choose_skin` integer not null default true;');
    this.addSql('alter table `reseller` add column `users_choose_language` integer not null default true;');
  }
}
