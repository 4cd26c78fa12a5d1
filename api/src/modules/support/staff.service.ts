import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context';
import { badInput, notFound, validate } from '../../errors';
import { Reseller } from '../resellers';
import { SUPPORT_DESK_ROLES, User } from '../identity';
import { CannedReply } from './canned-reply.entity';
import { TicketPriority, TicketState } from './enums';
import { SupportTarget } from './support-target.entity';
import { moveTo, targetsOf } from './targets';
import { TicketMessage } from './ticket-message.entity';
import { Ticket } from './ticket.entity';
import { cannedReplySchema, queueSchema, targetsSchema, type SupportTargetView } from './tickets.inputs';
import type { TicketService } from './tickets.service';

export interface QueuePage {
  nodes: Ticket[];
  totalCount: number;
}

/**
 * The staff's side of support (SUP-1): the queue by what is due, states, assignment, merging,
 * canned replies and targets. The master admin's are its own company's, like a reseller's.
 */
export class StaffService {
  constructor(private readonly tickets: TicketService) {}

  /** Open tickets (or those of `state`) by what is due, soonest (so: overdue) first; nothing due last. */
  async queue(ctx: Ctx, args: unknown): Promise<QueuePage> {
    const v = validate(queueSchema, args);
    const where: FilterQuery<Ticket> = {
      ...this.tickets.ofCompany(ctx),
      state: v.state ?? { $ne: TicketState.CLOSED },
      ...(v.priority ? { priority: v.priority } : {}),
      ...(v.assigneeId ? { assignee: v.assigneeId } : v.unassigned ? { assignee: null } : {}),
    };
    const [nodes, totalCount] = await Promise.all([
      ctx.em.find(Ticket, where, {
        orderBy: [{ dueAt: 'asc nulls last' }, { id: 'asc' }],
        limit: v.first,
        offset: v.offset,
      }),
      ctx.em.count(Ticket, where),
    ]);
    return { nodes, totalCount };
  }

  async setState(ctx: Ctx, id: number, state: TicketState): Promise<Ticket> {
    const ticket = await this.tickets.get(ctx, id);
    if (ticket.mergedInto && state !== TicketState.CLOSED)
      throw badInput([{ field: 'state', message: 'a merged ticket stays closed' }]);
    moveTo(ticket, state);
    await ctx.em.flush();
    return ticket;
  }

  /** The company's support desk (its admins and support staff logins, disabled ones left out), who may be assigned tickets. */
  staff(ctx: Ctx): Promise<User[]> {
    return ctx.em.find(
      User,
      { reseller: ctx.viewer!.resellerId, role: { $in: [...SUPPORT_DESK_ROLES] }, disabledAt: null },
      { orderBy: { login: 'asc' }, limit: 200 },
    );
  }

  async assign(ctx: Ctx, id: number, assigneeId: number | null): Promise<Ticket> {
    const ticket = await this.tickets.get(ctx, id);
    if (assigneeId === null) ticket.assignee = null;
    else {
      const user = await ctx.em.findOne(User, {
        id: assigneeId,
        reseller: ctx.viewer!.resellerId,
        role: { $in: [...SUPPORT_DESK_ROLES] },
        disabledAt: null,
      });
      if (!user) throw notFound('Staff member');
      ticket.assignee = user;
    }
    await ctx.em.flush();
    return ticket;
  }

  /**
   * Merges `fromId` into `intoId` (one customer's account asking twice): its messages and files
   * move, it is closed and points at the other. A note on the kept ticket says so.
   */
  async merge(ctx: Ctx, fromId: number, intoId: number): Promise<Ticket> {
    if (fromId === intoId) throw badInput([{ field: 'intoId', message: 'must be another ticket' }]);
    return ctx.em.transactional(async (em) => {
      const from = await this.tickets.get(ctx, fromId, em);
      const into = await this.tickets.get(ctx, intoId, em);
      if (from.mergedInto) throw badInput([{ field: 'fromId', message: 'was already merged' }]);
      if (into.mergedInto) throw badInput([{ field: 'intoId', message: 'was merged into another ticket' }]);
      if (from.account.id !== into.account.id)
        throw badInput([{ field: 'intoId', message: 'must be a ticket of the same account' }]);
      await em.nativeUpdate(TicketMessage, { ticket: from.id }, { ticket: into.id });
      from.mergedInto = into;
      moveTo(from, TicketState.CLOSED);
      em.create(TicketMessage, {
        reseller: into.reseller,
        account: into.account,
        ticket: into,
        author: ctx.viewer!.user,
        authorName: ctx.viewer!.user.login,
        fromStaff: true,
        internal: true,
        body: `Ticket #${from.number} (“${from.subject}”) was merged into this one.`,
      });
      if (from.lastMessageAt > into.lastMessageAt) into.lastMessageAt = from.lastMessageAt;
      await em.flush();
      return into;
    });
  }

  cannedReplies(ctx: Ctx): Promise<CannedReply[]> {
    return ctx.em.find(CannedReply, { reseller: ctx.viewer!.resellerId }, { orderBy: { title: 'asc' }, limit: 500 });
  }

  async createCannedReply(ctx: Ctx, input: unknown): Promise<CannedReply> {
    const v = validate(cannedReplySchema, input);
    const reply = ctx.em.create(CannedReply, { reseller: ctx.em.getReference(Reseller, ctx.viewer!.resellerId), ...v });
    await ctx.em.flush();
    return reply;
  }

  private async cannedReply(ctx: Ctx, id: number): Promise<CannedReply> {
    const reply = await ctx.em.findOne(CannedReply, { id, reseller: ctx.viewer!.resellerId });
    if (!reply) throw notFound('Canned reply');
    return reply;
  }

  async updateCannedReply(ctx: Ctx, id: number, input: unknown): Promise<CannedReply> {
    const v = validate(cannedReplySchema, input);
    const reply = await this.cannedReply(ctx, id);
    Object.assign(reply, v);
    await ctx.em.flush();
    return reply;
  }

  async deleteCannedReply(ctx: Ctx, id: number): Promise<boolean> {
    await ctx.em.remove(await this.cannedReply(ctx, id)).flush();
    return true;
  }

  async targets(ctx: Ctx): Promise<SupportTargetView[]> {
    const map = await targetsOf(ctx.em, ctx.viewer!.resellerId);
    return Object.values(TicketPriority).map((priority) => ({ priority, ...map.get(priority)! }));
  }

  /** Sets the targets of the priorities given (others keep theirs); tickets opened later use them. */
  async setTargets(ctx: Ctx, input: unknown): Promise<SupportTargetView[]> {
    const v = validate(targetsSchema, input);
    const reseller = ctx.em.getReference(Reseller, ctx.viewer!.resellerId);
    for (const t of v) {
      const row = await ctx.em.findOne(SupportTarget, { reseller, priority: t.priority });
      if (row) Object.assign(row, t);
      else ctx.em.create(SupportTarget, { reseller, ...t });
    }
    await ctx.em.flush();
    return this.targets(ctx);
  }
}
