import { Entity, Filter, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Reseller } from '../resellers';
import { customerSafeScope } from './scope';
import { TicketMessage } from './ticket-message.entity';

/**
 * A file attached to a ticket's message: the bytes under DATA_DIR/support/attachments/<storedName>
 * (a random name, never the customer's), here its name, sniffed type and size. `internal` is its
 * message's: a staff note's files are staff-only, by the same tenant filter.
 */
@ObjectType({ description: 'A file attached to a ticket message (download it with `ticketAttachment`).' })
@Entity({ tableName: 'ticket_attachment' })
@Filter({ name: SCOPE, default: true, cond: customerSafeScope })
export class TicketAttachment {
  [OptionalProps]?: 'internal' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Account;

  @ManyToOne(() => TicketMessage, { deleteRule: 'cascade', index: true })
  message!: TicketMessage;

  @Property({ type: 'boolean', default: false })
  internal: boolean = false;

  @Field(() => String, { description: 'The file name as uploaded (cleaned).' })
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field(() => String, { description: 'Its type, as read from its content (not from its name).' })
  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Property({ type: 'integer' })
  size!: number;

  /** The random file name under the attachments folder. */
  @Property({ type: 'string', length: 64 })
  storedName!: string;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
