import { Migration } from '@mikro-orm/migrations';

/** A company's own e-mail templates, per event and language (issue 17). */
export class Migration20261205110600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "mail_template" ("id" serial primary key, "reseller_id" int not null, "event" text check ("event" in ('WELCOME', 'INVOICE_ISSUED', 'INVOICE_REMINDER', 'ACCOUNT_SUSPENDED', 'PAYMENT_RECEIPT', 'PAYMENT_DECLINED', 'PASSWORD_CHANGED', 'OPERATOR_ALERT')) not null, "language" text check ("language" in ('EN', 'DE')) not null, "subject" varchar(200) not null, "body" text not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "mail_template" add constraint "mail_template_reseller_id_event_language_unique" unique ("reseller_id", "event", "language");`,
    );
    this.addSql(
      `alter table "mail_template" add constraint "mail_template_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mail_template" cascade;`);
  }
}
