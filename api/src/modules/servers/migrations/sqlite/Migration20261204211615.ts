import { Migration } from '@mikro-orm/migrations';

/** How the panel reaches each machine (LOCAL or SSH with a key of its own) and the machine's health. */
export class Migration20261204211615 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table \`physical_server\` add column \`transport\` text check (\`transport\` in ('LOCAL', 'SSH')) not null default 'LOCAL';`,
    );
    this.addSql(`alter table \`physical_server\` add column \`ssh_port\` integer not null default 22;`);
    this.addSql(`alter table \`physical_server\` add column \`ssh_user\` text not null default 'heliosphere';`);
    this.addSql(`alter table \`physical_server\` add column \`host_key\` text null;`);
    this.addSql(`alter table \`physical_server\` add column \`access_key\` text null;`);
    this.addSql(`alter table \`physical_server\` add column \`access_public_key\` text null;`);
    this.addSql(`alter table \`physical_server\` add column \`access_issued_at\` datetime null;`);
    this.addSql(`alter table \`physical_server\` add column \`access_revoked_at\` datetime null;`);
    this.addSql(`alter table \`physical_server\` add column \`access_confirmed_at\` datetime null;`);
    this.addSql(`alter table \`physical_server\` add column \`first_answered_at\` datetime null;`);
    this.addSql(
      `alter table \`physical_server\` add column \`health\` text check (\`health\` in ('UNKNOWN', 'UP', 'DEGRADED', 'DOWN')) not null default 'UNKNOWN';`,
    );
    this.addSql(`alter table \`physical_server\` add column \`health_checked_at\` datetime null;`);
    this.addSql(`alter table \`physical_server\` add column \`health_detail\` json null;`);
  }
}
