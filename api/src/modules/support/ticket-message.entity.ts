import { Entity, Filter, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { User } from '../identity';
import { Reseller } from '../resellers';
import { customerSafeScope } from './scope';
import { Ticket } from './ticket.entity';

/**
 * A message of a ticket's thread: the customer's, a staff answer, or a staff note (`internal`),
 * which the tenant filter keeps from customers. Its reseller and account are the ticket's, for
 * that filter. The author's name is kept as written (a later rename does not rewrite history).
 */
@ObjectType({ description: 'A message of a ticket’s thread.' })
@Entity({ tableName: 'ticket_message' })
@Filter({ name: SCOPE, default: true, cond: customerSafeScope })
export class TicketMessage {
  [OptionalProps]?: 'internal' | 'createdAt' | 'viaMail' | 'mailMessageId';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Account;

  @ManyToOne(() => Ticket, { deleteRule: 'cascade', index: true })
  ticket!: Ticket;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  author!: User | null;

  @Field(() => String, { description: 'Who wrote it (their login when written).' })
  @Property({ type: 'string', length: 100 })
  authorName!: string;

  @Field(() => Boolean, { description: 'Written by the company’s staff (else by the customer).' })
  @Property({ type: 'boolean' })
  fromStaff!: boolean;

  @Field(() => Boolean, { description: 'A staff note: never shown nor mailed to the customer.' })
  @Property({ type: 'boolean', default: false })
  internal: boolean = false;

  @Field(() => Boolean, { description: 'Came in by e-mail (a reply to a ticket’s mail).' })
  @Property({ type: 'boolean', default: false })
  viaMail: boolean = false;

  @Field(() => String, { description: 'The text, plain (never rendered as HTML).' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  /** The Message-ID of the mail it came in by (its first 255 characters): a relay's retry is taken once. */
  @Property({ type: 'string', length: 255, nullable: true })
  mailMessageId: string | null = null;
}
