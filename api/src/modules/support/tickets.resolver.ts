import {
  Arg,
  Args,
  Ctx as Context,
  Extensions,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { fieldCost } from '../../graphql/cost';
import { ListBound } from '../../graphql/list-bound';
import { perRequest } from '../../graphql/memo';
import { ConnectionType, PageArgs, parsePage, type Connection } from '../../graphql/pagination';
import { parseId } from '../../errors';
import { isSupportDesk, User } from '../identity';
import { TicketState } from './enums';
import { searchTickets } from './search';
import { TicketAttachment } from './ticket-attachment.entity';
import { TicketMessage } from './ticket-message.entity';
import { Ticket } from './ticket.entity';
import { OpenTicketInput, TicketReplyInput } from './tickets.inputs';
import type { TicketService } from './tickets.service';

export const TicketConnection = ConnectionType(Ticket, 'Ticket');

@ObjectType({ description: 'An admin of the company, who answers tickets.' })
export class StaffMember {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  login!: string;
}

@ObjectType({ description: 'A ticket attachment’s content, to save as a file (never to show inline).' })
export class AttachmentDownload {
  @Field(() => String)
  fileName!: string;

  @Field(() => String, { description: 'Its type, as read from its content.' })
  contentType!: string;

  @Field(() => String, { description: 'The file, base64.' })
  data!: string;
}

const THREAD_BOUND = 500;

/** Tickets as customers use them (staff too: the same thread, with their notes). */
@Resolver(() => Ticket)
export class TicketsResolver {
  constructor(private readonly api: { tickets: TicketService }) {}

  @Access('signedIn')
  @Query(() => TicketConnection, {
    description:
      'Tickets you may see, newest first: a customer’s own (of all their accounts), an admin’s: the company’s.',
  })
  tickets(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('state', () => TicketState, { nullable: true }) state?: TicketState | null,
  ): Promise<Connection<Ticket>> {
    return this.api.tickets.list(ctx, parsePage(args), state ?? null);
  }

  @Access('signedIn')
  @Query(() => Ticket)
  ticket(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Ticket> {
    return this.api.tickets.get(ctx, parseId(id));
  }

  @Access('signedIn')
  @ListBound(50)
  @Extensions(fieldCost(300)) // the full-text query, then the tickets read through the tenant filter
  @Query(() => [Ticket], {
    description:
      'Tickets matching every word of `query`, best first (the subject counts most): a customer’s own, searched in what they can read; the staff’s, in the company’s tickets and their notes.',
  })
  searchTickets(
    @Context() ctx: Ctx,
    @Arg('query', () => String) query: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many (1 to 50).' }) first: number,
  ): Promise<Ticket[]> {
    return searchTickets(ctx, { query, first });
  }

  @Access('signedIn')
  @Extensions(fieldCost(500)) // a file of up to the attachment limit, read and encoded
  @Query(() => AttachmentDownload, {
    description: 'An attachment’s content, for who may read its ticket (a staff note’s: the staff only).',
  })
  async ticketAttachment(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<AttachmentDownload> {
    const { attachment, data } = await this.api.tickets.download(ctx, parseId(id));
    return { fileName: attachment.fileName, contentType: attachment.contentType, data: data.toString('base64') };
  }

  @Access('user')
  @Mutation(() => Ticket, {
    description:
      'Opens a ticket (customers): to your company’s staff, about one of your accounts and, if you like, its domain, database or invoice.',
  })
  openTicket(@Context() ctx: Ctx, @Arg('input', () => OpenTicketInput) input: OpenTicketInput): Promise<Ticket> {
    return this.api.tickets.open(ctx, input);
  }

  @Access('signedIn')
  @Mutation(() => TicketMessage, {
    description:
      'Adds a message: a customer’s reply (reopens a closed ticket), a staff answer (mailed to the customer), or a staff note (`internal`: the customer never sees it).',
  })
  replyToTicket(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => TicketReplyInput) input: TicketReplyInput,
  ): Promise<TicketMessage> {
    return this.api.tickets.reply(ctx, parseId(id), input);
  }

  @Access('signedIn')
  @Mutation(() => Ticket, { description: 'Closes a ticket (a later reply from the customer reopens it).' })
  closeTicket(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Ticket> {
    return this.api.tickets.close(ctx, parseId(id));
  }

  @ListBound(THREAD_BOUND)
  @Extensions(fieldCost(100))
  @FieldResolver(() => [TicketMessage], {
    description: `The thread, oldest first (its first ${THREAD_BOUND} messages); a customer never sees a staff note.`,
  })
  messages(@Root() ticket: Ticket, @Context() ctx: Ctx): Promise<TicketMessage[]> {
    return this.api.tickets.messages(ctx, ticket);
  }

  @FieldResolver(() => ID)
  accountId(@Root() ticket: Ticket): string {
    return String(ticket.account.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The domain it is about.' })
  domainId(@Root() ticket: Ticket): string | null {
    return ticket.domain ? String(ticket.domain.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The MySQL database it is about.' })
  databaseId(@Root() ticket: Ticket): string | null {
    return ticket.database ? String(ticket.database.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The invoice it is about.' })
  invoiceId(@Root() ticket: Ticket): string | null {
    return ticket.invoice ? String(ticket.invoice.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The ticket it was merged into (it is closed).' })
  mergedIntoId(@Root() ticket: Ticket): string | null {
    return ticket.mergedInto ? String(ticket.mergedInto.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether what the staff owe next is late.' })
  overdue(@Root() ticket: Ticket): boolean {
    return !!ticket.dueAt && ticket.dueAt.getTime() < Date.now();
  }

  @Extensions(fieldCost(100))
  @FieldResolver(() => StaffMember, {
    nullable: true,
    description: 'The admin answering it (shown to the staff; null for customers).',
  })
  async assignee(@Root() ticket: Ticket, @Context() ctx: Ctx): Promise<StaffMember | null> {
    if (!ticket.assignee || !isSupportDesk(ctx.viewer!.role)) return null;
    const id = ticket.assignee.id;
    const user = await perRequest(ctx, `user:${id}`, () => ctx.em.findOne(User, { id }));
    return user ? { id: String(user.id), login: user.login } : null;
  }
}

/** A message's files. */
@Resolver(() => TicketMessage)
export class TicketMessageResolver {
  constructor(private readonly api: { tickets: TicketService }) {}

  @ListBound(20)
  @Extensions(fieldCost(100))
  @FieldResolver(() => [TicketAttachment])
  attachments(@Root() message: TicketMessage, @Context() ctx: Ctx): Promise<TicketAttachment[]> {
    return this.api.tickets.attachmentsOf(ctx, message);
  }
}
