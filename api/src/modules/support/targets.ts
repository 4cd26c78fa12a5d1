import type { EntityManager } from '@mikro-orm/core';
import { DEFAULT_TARGETS, TicketPriority, TicketState } from './enums';
import { SupportTarget } from './support-target.entity';
import type { Ticket } from './ticket.entity';

export interface Targets {
  firstResponseMinutes: number;
  resolutionMinutes: number;
}

/** A company's targets for every priority: its own rows, else the defaults. */
export async function targetsOf(em: EntityManager, resellerId: number): Promise<Map<TicketPriority, Targets>> {
  const own = await em.find(SupportTarget, { reseller: resellerId });
  const map = new Map<TicketPriority, Targets>();
  for (const p of Object.values(TicketPriority)) {
    const row = own.find((t) => t.priority === p);
    map.set(p, {
      firstResponseMinutes: row?.firstResponseMinutes ?? DEFAULT_TARGETS[p].firstResponse,
      resolutionMinutes: row?.resolutionMinutes ?? DEFAULT_TARGETS[p].resolution,
    });
  }
  return map;
}

const MINUTE = 60_000;

/** The due dates of a ticket opened at `from` with `targets`. */
export function dueDates(from: Date, targets: Targets): { firstResponseDueAt: Date; resolutionDueAt: Date } {
  return {
    firstResponseDueAt: new Date(from.getTime() + targets.firstResponseMinutes * MINUTE),
    resolutionDueAt: new Date(from.getTime() + targets.resolutionMinutes * MINUTE),
  };
}

/**
 * What the staff owe next, the queue's order: nothing while the customer has to answer or once
 * closed; else the first answer until it is given, then the resolution.
 */
export function nextDue(ticket: Ticket): Date | null {
  if (ticket.state === TicketState.CLOSED || ticket.state === TicketState.WAITING_FOR_CUSTOMER) return null;
  return ticket.firstRespondedAt ? ticket.resolutionDueAt : ticket.firstResponseDueAt;
}

/** Sets a ticket's state, with what follows from it (closing time, what is due). */
export function moveTo(ticket: Ticket, state: TicketState, at = new Date()): void {
  ticket.state = state;
  ticket.closedAt = state === TicketState.CLOSED ? (ticket.closedAt ?? at) : null;
  ticket.dueAt = nextDue(ticket);
}
