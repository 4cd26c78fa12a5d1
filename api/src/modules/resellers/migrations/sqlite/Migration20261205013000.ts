import { Migration } from '@mikro-orm/migrations';

/** A reseller's status (the master suspends and resumes it) and its company details (RES-1). */
export class Migration20261205013000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table \`reseller\` add column \`status\` text check (\`status\` in ('ACTIVE', 'SUSPENDED')) not null default 'ACTIVE';`,
    );
    this.addSql(`alter table \`reseller\` add column \`suspended_reason\` text null;`);
    this.addSql(`alter table \`reseller\` add column \`suspended_at\` datetime null;`);
    this.addSql(`alter table \`reseller\` add column \`legal_name\` text null;`);
    this.addSql(`alter table \`reseller\` add column \`address\` text null;`);
    this.addSql(`alter table \`reseller\` add column \`tax_id\` text null;`);
    this.addSql(`alter table \`reseller\` add column \`support_email\` text null;`);
    this.addSql(`alter table \`reseller\` add column \`support_phone\` text null;`);
  }
}
