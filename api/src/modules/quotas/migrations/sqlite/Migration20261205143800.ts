import { Migration } from '@mikro-orm/migrations';

/** A reseller's subscription: the account of the master's company that bills it on its reseller plan. */
export class Migration20261205143800 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `reseller_subscription` (`id` integer not null primary key autoincrement, `reseller_id` integer not null, `account_id` integer not null, `created_at` datetime not null, constraint `reseller_subscription_reseller_id_foreign` foreign key(`reseller_id`) references `reseller`(`id`) on delete cascade on update cascade, constraint `reseller_subscription_account_id_foreign` foreign key(`account_id`) references `account`(`id`) on delete cascade on update cascade);',
    );
    this.addSql('create index `reseller_subscription_reseller_id_index` on `reseller_subscription` (`reseller_id`);');
    this.addSql('create index `reseller_subscription_account_id_index` on `reseller_subscription` (`account_id`);');
    this.addSql(
      'create unique index `reseller_subscription_reseller_id_unique` on `reseller_subscription` (`reseller_id`);',
    );
    this.addSql(
      'create unique index `reseller_subscription_account_id_unique` on `reseller_subscription` (`account_id`);',
    );
  }
}
