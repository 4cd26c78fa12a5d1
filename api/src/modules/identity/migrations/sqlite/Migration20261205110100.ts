import { Migration } from '@mikro-orm/migrations';

/** Whether a user chose the text-only variant themselves (else the company default applies). */
export class Migration20261205110100 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `app_user` add column `text_only_chosen` integer not null default false;');
    this.addSql('update `app_user` set `text_only_chosen` = `text_only`;');
  }
}
