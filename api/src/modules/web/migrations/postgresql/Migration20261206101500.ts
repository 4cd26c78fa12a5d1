import { Migration } from '@mikro-orm/migrations';

/** A site's HTTPS switches: plain HTTP redirected to HTTPS, and HSTS on its HTTPS answers (both off until asked). */
export class Migration20261206101500 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "web_site" add column "https_redirect" boolean not null default false;');
    this.addSql('alter table "web_site" add column "hsts" boolean not null default false;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "web_site" drop column "https_redirect";');
    this.addSql('alter table "web_site" drop column "hsts";');
  }
}
