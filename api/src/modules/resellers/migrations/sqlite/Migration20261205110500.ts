import { Migration } from '@mikro-orm/migrations';

/** The name and address a company's e-mail comes from (issue 17); null: its name and the panel's MAIL_FROM address. */
export class Migration20261205110500 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `reseller` add column `sender_name` text null;');
    this.addSql('alter table `reseller` add column `sender_address` text null;');
  }
}
