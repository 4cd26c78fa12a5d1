import { Migration } from '@mikro-orm/migrations';

/** The name and address a company's e-mail comes from (issue 17); null: its name and the panel's MAIL_FROM address. */
export class Migration20261205110500 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "reseller" add column "sender_name" varchar(100) null;');
    this.addSql('alter table "reseller" add column "sender_address" varchar(254) null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "reseller" drop column "sender_address";');
    this.addSql('alter table "reseller" drop column "sender_name";');
  }
}
