import { Entity, Enum, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Invoice } from '../billing';
import { Domain } from '../domains';
import { User } from '../identity';
import { MysqlDatabase } from '../mysql';
import { Reseller } from '../resellers';
import { TicketCategory, TicketPriority, TicketState } from './enums';

/**
 * A support ticket (SUP-1): a customer's question to their company (the account's reseller: a
 * reseller's customers reach the reseller, never the master), its thread of messages, its state
 * and its targets. `dueAt` is what the staff owe next (the first answer, then the resolution), the
 * key of the queue's order; null once closed.
 */
@ObjectType({ description: 'A support ticket: a customer’s question to their hosting company and its thread.' })
@Entity({ tableName: 'ticket' })
@Unique({ properties: ['reseller', 'number'] })
@Index({ properties: ['reseller', 'dueAt'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class Ticket {
  [OptionalProps]?:
    | 'state'
    | 'domain'
    | 'database'
    | 'invoice'
    | 'assignee'
    | 'firstRespondedAt'
    | 'dueAt'
    | 'mergedInto'
    | 'createdAt'
    | 'updatedAt'
    | 'lastMessageAt'
    | 'closedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @Field(() => Int, { description: 'The number people quote, counted per company (#1, #2…).' })
  @Property({ type: 'integer' })
  number!: number;

  @ManyToOne(() => Account, { deleteRule: 'cascade', index: true })
  account!: Account;

  /** The customer who opened it (the account's owner). */
  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  openedBy!: User;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Field(() => TicketCategory)
  @Enum({ items: () => TicketCategory, type: 'string' })
  category!: TicketCategory;

  @Field(() => TicketPriority)
  @Enum({ items: () => TicketPriority, type: 'string' })
  priority!: TicketPriority;

  @Field(() => TicketState)
  @Enum({ items: () => TicketState, type: 'string' })
  state: TicketState = TicketState.OPEN;

  @ManyToOne(() => Domain, { nullable: true, deleteRule: 'set null', index: true })
  domain: Domain | null = null;

  @ManyToOne(() => MysqlDatabase, { nullable: true, deleteRule: 'set null', index: true })
  database: MysqlDatabase | null = null;

  @ManyToOne(() => Invoice, { nullable: true, deleteRule: 'set null', index: true })
  invoice: Invoice | null = null;

  /** The admin of the company answering it. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', index: true })
  assignee: User | null = null;

  @Field(() => Date, { description: 'When the first answer is due (the priority’s target from opening).' })
  @Property({ type: 'Date' })
  firstResponseDueAt!: Date;

  @Field(() => Date, { description: 'When it should be resolved (the priority’s target from opening).' })
  @Property({ type: 'Date' })
  resolutionDueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the staff first answered.' })
  @Property({ type: 'Date', nullable: true })
  firstRespondedAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'What the staff owe next: the first answer until given, then the resolution; null when closed.',
  })
  @Property({ type: 'Date', nullable: true })
  dueAt: Date | null = null;

  /** Merged into another ticket: its messages moved there, and it is closed. */
  @ManyToOne(() => Ticket, { nullable: true, deleteRule: 'set null' })
  mergedInto: Ticket | null = null;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Date, { description: 'When the last message was written.' })
  @Property({ type: 'Date' })
  lastMessageAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  closedAt: Date | null = null;
}
