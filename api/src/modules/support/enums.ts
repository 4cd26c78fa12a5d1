import { registerEnumType } from 'type-graphql';

/** What a ticket is about (a fixed list: it routes the question, it is not a taxonomy). */
export enum TicketCategory {
  BILLING = 'BILLING',
  TECHNICAL = 'TECHNICAL',
  SALES = 'SALES',
  ABUSE = 'ABUSE',
  OTHER = 'OTHER',
}
registerEnumType(TicketCategory, {
  name: 'TicketCategory',
  description: 'Billing, technical, sales, abuse or other.',
});

export enum TicketPriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}
registerEnumType(TicketPriority, {
  name: 'TicketPriority',
  description: 'How soon it needs an answer; each has its own targets (first answer, resolution).',
});

export enum TicketState {
  OPEN = 'OPEN',
  WAITING_FOR_STAFF = 'WAITING_FOR_STAFF',
  WAITING_FOR_CUSTOMER = 'WAITING_FOR_CUSTOMER',
  CLOSED = 'CLOSED',
}
registerEnumType(TicketState, {
  name: 'TicketState',
  description:
    'OPEN: new, not answered yet; WAITING_FOR_STAFF: the customer wrote last; WAITING_FOR_CUSTOMER: the staff answered; CLOSED (a customer reply reopens it).',
});

/** Default targets in minutes (first answer, resolution), per priority, until a company sets its own. */
export const DEFAULT_TARGETS: Readonly<Record<TicketPriority, { firstResponse: number; resolution: number }>> = {
  [TicketPriority.LOW]: { firstResponse: 24 * 60, resolution: 5 * 24 * 60 },
  [TicketPriority.NORMAL]: { firstResponse: 4 * 60, resolution: 24 * 60 },
  [TicketPriority.HIGH]: { firstResponse: 60, resolution: 8 * 60 },
  [TicketPriority.URGENT]: { firstResponse: 15, resolution: 4 * 60 },
};
