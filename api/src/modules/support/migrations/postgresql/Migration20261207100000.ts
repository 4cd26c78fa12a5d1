import { Migration } from '@mikro-orm/migrations';

/**
 * Support tickets (SUP-1): tickets, their messages and attachments, canned replies, targets; the
 * full-text index (tsvectors with GIN indexes, kept by triggers); the ticket mails' events and the
 * outbox's Reply-To.
 */
export class Migration20261207100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "canned_reply" ("id" serial primary key, "reseller_id" int not null, "title" varchar(100) not null, "body" text not null, "created_at" timestamptz not null);`,
    );

    this.addSql(
      `create table "support_target" ("reseller_id" int not null, "priority" text check ("priority" in ('LOW', 'NORMAL', 'HIGH', 'URGENT')) not null, "first_response_minutes" int not null, "resolution_minutes" int not null, constraint "support_target_pkey" primary key ("reseller_id", "priority"));`,
    );

    this.addSql(
      `create table "ticket" ("id" serial primary key, "reseller_id" int not null, "number" int not null, "account_id" int not null, "opened_by_id" int not null, "subject" varchar(200) not null, "category" text check ("category" in ('BILLING', 'TECHNICAL', 'SALES', 'ABUSE', 'OTHER')) not null, "priority" text check ("priority" in ('LOW', 'NORMAL', 'HIGH', 'URGENT')) not null, "state" text check ("state" in ('OPEN', 'WAITING_FOR_STAFF', 'WAITING_FOR_CUSTOMER', 'CLOSED')) not null default 'OPEN', "domain_id" int null, "database_id" int null, "invoice_id" int null, "assignee_id" int null, "first_response_due_at" timestamptz not null, "resolution_due_at" timestamptz not null, "first_responded_at" timestamptz null, "due_at" timestamptz null, "merged_into_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "last_message_at" timestamptz not null, "closed_at" timestamptz null);`,
    );
    this.addSql(`create index "ticket_account_id_index" on "ticket" ("account_id");`);
    this.addSql(`create index "ticket_opened_by_id_index" on "ticket" ("opened_by_id");`);
    this.addSql(`create index "ticket_domain_id_index" on "ticket" ("domain_id");`);
    this.addSql(`create index "ticket_database_id_index" on "ticket" ("database_id");`);
    this.addSql(`create index "ticket_invoice_id_index" on "ticket" ("invoice_id");`);
    this.addSql(`create index "ticket_assignee_id_index" on "ticket" ("assignee_id");`);
    this.addSql(`create index "ticket_reseller_id_due_at_index" on "ticket" ("reseller_id", "due_at");`);
    this.addSql(
      `alter table "ticket" add constraint "ticket_reseller_id_number_unique" unique ("reseller_id", "number");`,
    );

    this.addSql(
      `create table "ticket_message" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "ticket_id" int not null, "author_id" int null, "author_name" varchar(100) not null, "from_staff" boolean not null, "internal" boolean not null default false, "via_mail" boolean not null default false, "body" text not null, "created_at" timestamptz not null, "mail_message_id" varchar(255) null);`,
    );
    this.addSql(`create index "ticket_message_ticket_id_index" on "ticket_message" ("ticket_id");`);

    this.addSql(
      `create table "ticket_attachment" ("id" serial primary key, "reseller_id" int not null, "account_id" int not null, "message_id" int not null, "internal" boolean not null default false, "file_name" varchar(200) not null, "content_type" varchar(100) not null, "size" int not null, "stored_name" varchar(64) not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "ticket_attachment_message_id_index" on "ticket_attachment" ("message_id");`);

    this.addSql(
      `alter table "canned_reply" add constraint "canned_reply_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "support_target" add constraint "support_target_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "ticket" add constraint "ticket_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ticket" add constraint "ticket_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ticket" add constraint "ticket_opened_by_id_foreign" foreign key ("opened_by_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ticket" add constraint "ticket_domain_id_foreign" foreign key ("domain_id") references "domain" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "ticket" add constraint "ticket_database_id_foreign" foreign key ("database_id") references "mysql_database" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "ticket" add constraint "ticket_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "ticket" add constraint "ticket_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "ticket" add constraint "ticket_merged_into_id_foreign" foreign key ("merged_into_id") references "ticket" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "ticket_message" add constraint "ticket_message_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ticket_message" add constraint "ticket_message_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ticket_message" add constraint "ticket_message_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ticket_message" add constraint "ticket_message_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "ticket_attachment" add constraint "ticket_attachment_reseller_id_foreign" foreign key ("reseller_id") references "reseller" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ticket_attachment" add constraint "ticket_attachment_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ticket_attachment" add constraint "ticket_attachment_message_id_foreign" foreign key ("message_id") references "ticket_message" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "mail_template" drop constraint if exists "mail_template_event_check";`);

    this.addSql(
      `alter table "mail_template" add constraint "mail_template_event_check" check("event" in ('WELCOME', 'INVOICE_ISSUED', 'INVOICE_REMINDER', 'ACCOUNT_SUSPENDED', 'PAYMENT_RECEIPT', 'PAYMENT_DECLINED', 'PASSWORD_CHANGED', 'OPERATOR_ALERT', 'CERTIFICATE_RENEWAL_FAILED', 'TICKET_OPENED', 'TICKET_REPLY'));`,
    );

    this.addSql(`alter table "mail_message" add column "reply_to" varchar(254) null;`);

    // Full-text search (search.ts): per ticket, what a customer may search (subject, weight A, and
    // the customer-visible messages) and what the staff may (with the notes), kept by triggers.
    this.addSql(
      `create table "ticket_search" ("ticket_id" int not null primary key references "ticket" ("id") on delete cascade, "public_doc" tsvector not null, "staff_doc" tsvector not null);`,
    );
    this.addSql(`create index "ticket_search_public_doc_index" on "ticket_search" using gin ("public_doc");`);
    this.addSql(`create index "ticket_search_staff_doc_index" on "ticket_search" using gin ("staff_doc");`);
    this.addSql(`create function "ticket_search_refresh"(tid int) returns void language sql as $$
  insert into ticket_search (ticket_id, public_doc, staff_doc)
  select t.id,
    setweight(to_tsvector('english', t.subject), 'A') || to_tsvector('english', coalesce((select string_agg(m.body, ' ') from ticket_message m where m.ticket_id = t.id and not m.internal), '')),
    setweight(to_tsvector('english', t.subject), 'A') || to_tsvector('english', coalesce((select string_agg(m.body, ' ') from ticket_message m where m.ticket_id = t.id), ''))
  from ticket t where t.id = tid
  on conflict (ticket_id) do update set public_doc = excluded.public_doc, staff_doc = excluded.staff_doc;
$$;`);
    this.addSql(`create function "ticket_search_ticket_changed"() returns trigger language plpgsql as $$
begin
  perform ticket_search_refresh(new.id);
  return null;
end;
$$;`);
    this.addSql(
      `create trigger "ticket_search_after_write" after insert or update of "subject" on "ticket" for each row execute function "ticket_search_ticket_changed"();`,
    );
    // A merge moves messages to another ticket: both are indexed again.
    this.addSql(`create function "ticket_search_message_changed"() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then perform ticket_search_refresh(old.ticket_id); end if;
  if tg_op <> 'DELETE' then perform ticket_search_refresh(new.ticket_id); end if;
  return null;
end;
$$;`);
    this.addSql(
      `create trigger "ticket_message_search_after_write" after insert or update or delete on "ticket_message" for each row execute function "ticket_search_message_changed"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ticket_search" cascade;`);
    this.addSql(`drop function if exists "ticket_search_message_changed"() cascade;`);
    this.addSql(`drop function if exists "ticket_search_ticket_changed"() cascade;`);
    this.addSql(`drop function if exists "ticket_search_refresh"(int);`);
    for (const table of ['ticket_attachment', 'ticket_message', 'ticket', 'support_target', 'canned_reply']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}
