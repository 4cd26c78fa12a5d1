import { Migration } from '@mikro-orm/migrations';

/** Other host names a reseller's panel answers on (RES-1). */
export class Migration20261205120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `reseller_host` (`id` integer not null primary key autoincrement, `reseller_id` integer not null, `host` text not null, constraint `reseller_host_reseller_id_foreign` foreign key(`reseller_id`) references `reseller`(`id`) on delete cascade on update cascade);',
    );
    this.addSql('create index `reseller_host_reseller_id_index` on `reseller_host` (`reseller_id`);');
    this.addSql('create unique index `reseller_host_host_unique` on `reseller_host` (`host`);');
  }
}
