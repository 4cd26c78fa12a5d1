import { Migration } from '@mikro-orm/migrations';

/** The audit trail records what an action was taken through besides the panel (an API token's name). */
export class Migration20261208000100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`audit_event\` add column \`via\` text null;`);
  }
}
