import type { GqlClient } from '../../test/client';

/** The support area's operations, for its tests and the introspection suites. */
export const T = {
  open: `mutation($i: OpenTicketInput!) { openTicket(input: $i) { id number subject category priority state accountId domainId firstResponseDueAt resolutionDueAt dueAt overdue } }`,
  reply: `mutation($id: ID!, $i: TicketReplyInput!) { replyToTicket(id: $id, input: $i) { id body internal fromStaff authorName attachments { id fileName contentType size } } }`,
  close: `mutation($id: ID!) { closeTicket(id: $id) { id state closedAt } }`,
  get: `query($id: ID!) { ticket(id: $id) { id number subject state closedAt firstRespondedAt dueAt mergedIntoId assignee { id login } messages { id body internal fromStaff authorName attachments { id fileName contentType size } } } }`,
  list: `query($s: TicketState) { tickets(first: 50, state: $s) { totalCount nodes { id number state } } }`,
  queue: `query($s: TicketState, $p: TicketPriority, $a: ID, $u: Boolean) { supportQueue(state: $s, priority: $p, assigneeId: $a, unassigned: $u, first: 50) { totalCount nodes { id number state priority dueAt overdue } } }`,
  setState: `mutation($id: ID!, $s: TicketState!) { setTicketState(id: $id, state: $s) { id state closedAt dueAt } }`,
  assign: `mutation($id: ID!, $a: ID) { assignTicket(id: $id, assigneeId: $a) { id assignee { id login } } }`,
  merge: `mutation($f: ID!, $t: ID!) { mergeTickets(fromId: $f, intoId: $t) { id messages { body internal } } }`,
  staff: `{ supportStaff { id login } }`,
  canned: `{ cannedReplies { id title body } }`,
  createCanned: `mutation($i: CannedReplyInput!) { createCannedReply(input: $i) { id title body } }`,
  updateCanned: `mutation($id: ID!, $i: CannedReplyInput!) { updateCannedReply(id: $id, input: $i) { id title body } }`,
  deleteCanned: `mutation($id: ID!) { deleteCannedReply(id: $id) }`,
  targets: `{ supportTargets { priority firstResponseMinutes resolutionMinutes } }`,
  setTargets: `mutation($t: [SupportTargetInput!]!) { setSupportTargets(targets: $t) { priority firstResponseMinutes resolutionMinutes } }`,
  search: `query($q: String!) { searchTickets(query: $q, first: 50) { id subject } }`,
  download: `query($id: ID!) { ticketAttachment(id: $id) { fileName contentType data } }`,
};

/** A customer opens a ticket; its id and number. */
export async function openTicket(
  customer: GqlClient,
  input: Record<string, unknown> = {},
): Promise<{ id: string; number: number; [k: string]: unknown }> {
  return (
    await customer.ok(T.open, {
      i: { subject: 'My site is down', category: 'TECHNICAL', body: 'It answers 502 since this morning.', ...input },
    })
  ).openTicket;
}
