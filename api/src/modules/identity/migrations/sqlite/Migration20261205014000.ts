import { Migration } from '@mikro-orm/migrations';

/** Admins signing in as a user for support: the session's impersonator and the one-time tickets. */
export class Migration20261205014000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table `session` add column `impersonator_id` integer null constraint `session_impersonator_id_foreign` references `app_user` (`id`) on update cascade on delete cascade;',
    );
    this.addSql('alter table `session` add column `return_url` text null;');
    this.addSql('create index `session_impersonator_id_index` on `session` (`impersonator_id`);');
    this.addSql(
      'create table `impersonation_ticket` (`id` text not null, `impersonator_id` integer not null, `target_id` integer not null, `return_url` text not null, `expires_at` datetime not null, constraint `impersonation_ticket_impersonator_id_foreign` foreign key(`impersonator_id`) references `app_user`(`id`) on delete cascade on update cascade, constraint `impersonation_ticket_target_id_foreign` foreign key(`target_id`) references `app_user`(`id`) on delete cascade on update cascade, primary key (`id`));',
    );
    this.addSql(
      'create index `impersonation_ticket_impersonator_id_index` on `impersonation_ticket` (`impersonator_id`);',
    );
    this.addSql('create index `impersonation_ticket_target_id_index` on `impersonation_ticket` (`target_id`);');
  }
}
