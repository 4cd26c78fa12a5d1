import { z } from 'zod';
import type { Ctx } from '../../graphql/context';
import { validate } from '../../errors';
import { rows } from '../../db/raw-sql';
import { isSupportDesk } from '../identity';
import { Ticket } from './ticket.entity';

/**
 * Full-text search over tickets (SUP-1), ranked, held to the viewer's company (and an end user's
 * own accounts). The index is kept by triggers (the area's migrations):
 * - SQLite: FTS5 table `ticket_search` (rowid = ticket id): subject, body (the customer-visible
 *   messages), notes (staff notes); ranked by bm25 with the subject weighing most.
 * - PostgreSQL: table `ticket_search` with two tsvectors, `public_doc` (subject, weight A, and the
 *   customer-visible messages) and `staff_doc` (with the notes), GIN-indexed; ranked by ts_rank.
 * A customer's search reads only the customer-visible text: a word only in a staff note finds
 * nothing. Every word must match (as plainto_tsquery does); the words are always parameters.
 */
const searchSchema = z.object({
  query: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  first: z.number().int().min(1, 'must be at least 1').max(50, 'must be at most 50'),
});

/** The words of a search, for FTS5: each one quoted (so no word is taken for an operator). */
function ftsWords(query: string): string | null {
  const words = query.match(/[\p{L}\p{N}]+/gu);
  return words?.length ? words.map((w) => `"${w}"`).join(' ') : null;
}

export async function searchTickets(ctx: Ctx, args: { query: string; first: number }): Promise<Ticket[]> {
  const v = validate(searchSchema, args);
  const viewer = ctx.viewer!;
  const staff = isSupportDesk(viewer.role);
  const ownOnly = staff ? '' : ' and t.account_id in (select a.id from account a where a.owner_id = ?)';
  const scope: unknown[] = staff ? [viewer.resellerId] : [viewer.resellerId, viewer.userId];
  let found: { id: number }[];
  if (ctx.config.database.dialect === 'sqlite') {
    const words = ftsWords(v.query);
    if (!words) return [];
    const match = staff ? words : `{subject body} : (${words})`;
    found = await rows<{ id: number }>(
      ctx.em,
      `select t.id from ticket_search s join ticket t on t.id = s.rowid
        where ticket_search match ? and t.reseller_id = ?${ownOnly}
        order by bm25(ticket_search, 4.0, 1.0, 1.0), t.id desc limit ?`,
      [match, ...scope, v.first],
    );
  } else {
    const doc = staff ? 's.staff_doc' : 's.public_doc';
    found = await rows<{ id: number }>(
      ctx.em,
      `select t.id from ticket_search s join ticket t on t.id = s.ticket_id,
              plainto_tsquery('english', ?) q
        where ${doc} @@ q and t.reseller_id = ?${ownOnly}
        order by ts_rank(${doc}, q) desc, t.id desc limit ?`,
      [v.query, ...scope, v.first],
    );
  }
  const ids = found.map((r) => Number(r.id));
  if (!ids.length) return [];
  // Read again through the tenant filter: the raw query's scoping is not the only guard.
  const tickets = await ctx.em.find(Ticket, { id: { $in: ids }, reseller: viewer.resellerId });
  const byId = new Map(tickets.map((t) => [t.id, t]));
  return ids.map((id) => byId.get(id)).filter((t): t is Ticket => !!t);
}
