import { Migration } from '@mikro-orm/migrations';

/** How the panel reaches each machine (LOCAL or SSH with a key of its own) and the machine's health. */
export class Migration20261204211615 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "physical_server" add column "transport" text check ("transport" in ('LOCAL', 'SSH')) not null default 'LOCAL', add column "ssh_port" int not null default 22, add column "ssh_user" varchar(32) not null default 'heliosphere', add column "host_key" varchar(100) null, add column "access_key" text null, add column "access_public_key" text null, add column "access_issued_at" timestamptz null, add column "access_revoked_at" timestamptz null, add column "access_confirmed_at" timestamptz null, add column "first_answered_at" timestamptz null, add column "health" text check ("health" in ('UNKNOWN', 'UP', 'DEGRADED', 'DOWN')) not null default 'UNKNOWN', add column "health_checked_at" timestamptz null, add column "health_detail" jsonb null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "physical_server" drop column "transport", drop column "ssh_port", drop column "ssh_user", drop column "host_key", drop column "access_key", drop column "access_public_key", drop column "access_issued_at", drop column "access_revoked_at", drop column "access_confirmed_at", drop column "first_answered_at", drop column "health", drop column "health_checked_at", drop column "health_detail";`,
    );
  }
}
