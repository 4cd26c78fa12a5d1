import { Migration } from '@mikro-orm/migrations';

/** A reseller's status (the master suspends and resumes it) and its company details (RES-1). */
export class Migration20261205013000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "reseller" add column "status" text check ("status" in ('ACTIVE', 'SUSPENDED')) not null default 'ACTIVE', add column "suspended_reason" varchar(500) null, add column "suspended_at" timestamptz null, add column "legal_name" varchar(200) null, add column "address" varchar(500) null, add column "tax_id" varchar(50) null, add column "support_email" varchar(254) null, add column "support_phone" varchar(40) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "reseller" drop column "status", drop column "suspended_reason", drop column "suspended_at", drop column "legal_name", drop column "address", drop column "tax_id", drop column "support_email", drop column "support_phone";`,
    );
  }
}
