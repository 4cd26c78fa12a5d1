import { Migration } from '@mikro-orm/migrations';

/** ACME (issue 18): the panel's account at the authority, the HTTP-01 answers it serves, a certificate's PENDING state and last error, and the renewal-failed mail. */
export class Migration20261205150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "acme_account" ("id" serial primary key, "directory_url" varchar(2000) not null, "email" varchar(254) null, "sealed_key" text not null, "account_url" varchar(2000) null, "created_at" timestamptz not null);`,
    );
    this.addSql(
      `create table "acme_challenge" ("token" varchar(200) not null, "key_authorization" varchar(400) not null, "certificate_id" int not null, "expires_at" timestamptz not null, constraint "acme_challenge_pkey" primary key ("token"));`,
    );
    this.addSql(`create index "acme_challenge_expires_at_index" on "acme_challenge" ("expires_at");`);
    this.addSql(`alter table "mail_template" drop constraint if exists "mail_template_event_check";`);
    this.addSql(`alter table "certificate" drop constraint if exists "certificate_state_check";`);
    this.addSql(
      `alter table "mail_template" add constraint "mail_template_event_check" check("event" in ('WELCOME', 'INVOICE_ISSUED', 'INVOICE_REMINDER', 'ACCOUNT_SUSPENDED', 'PAYMENT_RECEIPT', 'PAYMENT_DECLINED', 'PASSWORD_CHANGED', 'OPERATOR_ALERT', 'CERTIFICATE_RENEWAL_FAILED'));`,
    );
    this.addSql(
      `alter table "certificate" add column "last_error" text null, add column "last_error_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_state_check" check("state" in ('REQUESTED', 'PENDING', 'ACTIVE', 'EXPIRED', 'FAILED'));`,
    );
  }
}
