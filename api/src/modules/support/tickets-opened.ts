import type { EntityManager } from '@mikro-orm/core';
import { Ticket } from './ticket.entity';

/** Tickets a company's customers opened since a moment: the knowledge base's deflection rate divides by it. */
export function countTicketsOpened(em: EntityManager, companyId: number, since: Date): Promise<number> {
  return em.count(Ticket, { reseller: companyId, createdAt: { $gte: since } });
}
