import { Migration } from '@mikro-orm/migrations';

/** The server a zone moved away from, which serves it in its old role until the move's grace time ends. */
export class Migration20261205003000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table `zone` add column `leaving_id` integer null constraint `zone_leaving_id_foreign` references `logical_server` (`id`) on update cascade on delete set null;',
    );
    this.addSql('alter table `zone` add column `leaving_primary` integer not null default false;');
    this.addSql('alter table `zone` add column `leaving_until` datetime null;');
    this.addSql('create index `zone_leaving_id_index` on `zone` (`leaving_id`);');
  }
}
