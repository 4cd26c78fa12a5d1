import {
  Arg,
  Args,
  Ctx as Context,
  Extensions,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { fieldCost } from '../../graphql/cost';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { ListBound } from '../../graphql/list-bound';
import { parseId, parseOptionalId } from '../../errors';
import { CannedReply } from './canned-reply.entity';
import { TicketState } from './enums';
import type { StaffService } from './staff.service';
import { Ticket } from './ticket.entity';
import { CannedReplyInput, SupportQueueArgs, SupportTargetInput, SupportTargetView } from './tickets.inputs';
import { StaffMember } from './tickets.resolver';

@ObjectType({ description: 'A page of the support queue: open tickets by what is due, overdue first.' })
export class SupportQueueConnection {
  @Field(() => [Ticket], { description: 'The tickets of this page.' })
  nodes!: Ticket[];

  @Field(() => Int, { description: 'How many tickets match, on all pages.' })
  totalCount!: number;
}

/** The staff's side of support: queue, states, assignment, merge, canned replies, targets. */
@Resolver()
export class SupportStaffResolver {
  constructor(private readonly api: { staff: StaffService }) {}

  @Access('staff')
  @Extensions(fieldCost(200)) // the page and its count
  @Query(() => SupportQueueConnection, {
    description:
      'Your company’s tickets by what the staff owe next (first answer, then resolution), soonest and so overdue first; closed ones only when asked by state.',
  })
  async supportQueue(@Context() ctx: Ctx, @Args(() => SupportQueueArgs) args: SupportQueueArgs) {
    return this.api.staff.queue(ctx, {
      ...args,
      assigneeId: args.assigneeId ?? null,
    });
  }

  @Access('staff')
  @ListBound(200)
  @Query(() => [StaffMember], { description: 'Your company’s admins, who may be assigned tickets.' })
  async supportStaff(@Context() ctx: Ctx): Promise<StaffMember[]> {
    return (await this.api.staff.staff(ctx)).map((u) => ({ id: String(u.id), login: u.login }));
  }

  @Access('staff')
  @Mutation(() => Ticket)
  setTicketState(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('state', () => TicketState) state: TicketState,
  ): Promise<Ticket> {
    return this.api.staff.setState(ctx, parseId(id), state);
  }

  @Access('staff')
  @Mutation(() => Ticket, { description: 'Assigns a ticket to an admin of your company, or to nobody (null).' })
  assignTicket(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('assigneeId', () => ID, { nullable: true }) assigneeId?: string | null,
  ): Promise<Ticket> {
    return this.api.staff.assign(ctx, parseId(id), parseOptionalId(assigneeId, 'assigneeId'));
  }

  @Access('staff')
  @Mutation(() => Ticket, {
    description:
      'Merges a ticket into another of the same account: its messages move there, it is closed and points at the other. Answers the kept ticket.',
  })
  mergeTickets(
    @Context() ctx: Ctx,
    @Arg('fromId', () => ID) fromId: string,
    @Arg('intoId', () => ID) intoId: string,
  ): Promise<Ticket> {
    return this.api.staff.merge(ctx, parseId(fromId, 'fromId'), parseId(intoId, 'intoId'));
  }

  @Access('staff')
  @ListBound(500)
  @Query(() => [CannedReply], { description: 'Your company’s saved answers, by title.' })
  cannedReplies(@Context() ctx: Ctx): Promise<CannedReply[]> {
    return this.api.staff.cannedReplies(ctx);
  }

  @Access('staff')
  @Mutation(() => CannedReply)
  createCannedReply(
    @Context() ctx: Ctx,
    @Arg('input', () => CannedReplyInput) input: CannedReplyInput,
  ): Promise<CannedReply> {
    return this.api.staff.createCannedReply(ctx, input);
  }

  @Access('staff')
  @Mutation(() => CannedReply)
  updateCannedReply(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CannedReplyInput) input: CannedReplyInput,
  ): Promise<CannedReply> {
    return this.api.staff.updateCannedReply(ctx, parseId(id), input);
  }

  @Access('staff')
  @Mutation(() => Boolean)
  deleteCannedReply(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<boolean> {
    return this.api.staff.deleteCannedReply(ctx, parseId(id));
  }

  @Access('staff')
  @ListBound(4)
  @Query(() => [SupportTargetView], {
    description: 'Your company’s targets per priority, in minutes: the first answer and the resolution.',
  })
  supportTargets(@Context() ctx: Ctx): Promise<SupportTargetView[]> {
    return this.api.staff.targets(ctx);
  }

  @Access('admin')
  @ListBound(4)
  @Mutation(() => [SupportTargetView], {
    description: 'Sets the targets of the priorities given (tickets opened later use them); answers all four.',
  })
  setSupportTargets(
    @Context() ctx: Ctx,
    @Arg('targets', () => [SupportTargetInput]) targets: SupportTargetInput[],
  ): Promise<SupportTargetView[]> {
    return this.api.staff.setTargets(ctx, targets);
  }
}
