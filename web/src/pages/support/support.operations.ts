import { graphql } from '../../graphql/generated';

export const TicketListFields = graphql(`
  fragment TicketListFields on Ticket {
    id
    number
    subject
    category
    priority
    state
    dueAt
    overdue
    lastMessageAt
    createdAt
  }
`);

export const TicketMessageFields = graphql(`
  fragment TicketMessageFields on TicketMessage {
    id
    body
    internal
    fromStaff
    viaMail
    authorName
    createdAt
    attachments {
      id
      fileName
      contentType
      size
    }
  }
`);

/** Customer: their tickets, newest first. */
export const MyTicketsQuery = graphql(`
  query MyTickets($state: TicketState, $after: String, $first: Int!) {
    tickets(state: $state, after: $after, first: $first) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...TicketListFields
      }
    }
  }
`);

/** One ticket with its thread (a customer's: without the staff's notes). */
export const TicketQuery = graphql(`
  query Ticket($id: ID!) {
    ticket(id: $id) {
      ...TicketListFields
      accountId
      domainId
      databaseId
      invoiceId
      mergedIntoId
      firstResponseDueAt
      resolutionDueAt
      closedAt
      assignee {
        id
        login
      }
      messages {
        ...TicketMessageFields
      }
    }
  }
`);

/** What a new ticket may be about: the active account's domains, databases and invoices. */
export const TicketRelatedQuery = graphql(`
  query TicketRelated {
    domains {
      id
      name
    }
    mysqlDatabases {
      id
      name
    }
    invoices(first: 50) {
      nodes {
        id
        number
      }
    }
  }
`);

export const OpenTicketMutation = graphql(`
  mutation OpenTicket($input: OpenTicketInput!) {
    openTicket(input: $input) {
      ...TicketListFields
    }
  }
`);

export const ReplyToTicketMutation = graphql(`
  mutation ReplyToTicket($id: ID!, $input: TicketReplyInput!) {
    replyToTicket(id: $id, input: $input) {
      ...TicketMessageFields
    }
  }
`);

export const CloseTicketMutation = graphql(`
  mutation CloseTicket($id: ID!) {
    closeTicket(id: $id) {
      id
      state
      closedAt
      dueAt
    }
  }
`);

export const TicketAttachmentQuery = graphql(`
  query TicketAttachment($id: ID!) {
    ticketAttachment(id: $id) {
      fileName
      contentType
      data
    }
  }
`);

/** Staff: the queue by what is due. */
export const SupportQueueQuery = graphql(`
  query SupportQueue(
    $state: TicketState
    $priority: TicketPriority
    $assigneeId: ID
    $unassigned: Boolean
    $first: Int!
    $offset: Int!
  ) {
    supportQueue(
      state: $state
      priority: $priority
      assigneeId: $assigneeId
      unassigned: $unassigned
      first: $first
      offset: $offset
    ) {
      totalCount
      nodes {
        ...TicketListFields
        accountId
        assignee {
          id
          login
        }
      }
    }
    supportStaff {
      id
      login
    }
  }
`);

/** Staff: what the ticket page offers besides the thread. */
export const StaffToolsQuery = graphql(`
  query StaffTools {
    supportStaff {
      id
      login
    }
    cannedReplies {
      id
      title
      body
    }
  }
`);

export const SetTicketStateMutation = graphql(`
  mutation SetTicketState($id: ID!, $state: TicketState!) {
    setTicketState(id: $id, state: $state) {
      id
      state
      closedAt
      dueAt
      overdue
    }
  }
`);

export const AssignTicketMutation = graphql(`
  mutation AssignTicket($id: ID!, $assigneeId: ID) {
    assignTicket(id: $id, assigneeId: $assigneeId) {
      id
      assignee {
        id
        login
      }
    }
  }
`);

export const MergeTicketsMutation = graphql(`
  mutation MergeTickets($fromId: ID!, $intoId: ID!) {
    mergeTickets(fromId: $fromId, intoId: $intoId) {
      id
    }
  }
`);

export const CannedRepliesQuery = graphql(`
  query CannedReplies {
    cannedReplies {
      id
      title
      body
    }
    supportTargets {
      priority
      firstResponseMinutes
      resolutionMinutes
    }
  }
`);

export const CreateCannedReplyMutation = graphql(`
  mutation CreateCannedReply($input: CannedReplyInput!) {
    createCannedReply(input: $input) {
      id
      title
      body
    }
  }
`);

export const UpdateCannedReplyMutation = graphql(`
  mutation UpdateCannedReply($id: ID!, $input: CannedReplyInput!) {
    updateCannedReply(id: $id, input: $input) {
      id
      title
      body
    }
  }
`);

export const DeleteCannedReplyMutation = graphql(`
  mutation DeleteCannedReply($id: ID!) {
    deleteCannedReply(id: $id)
  }
`);

export const SetSupportTargetsMutation = graphql(`
  mutation SetSupportTargets($targets: [SupportTargetInput!]!) {
    setSupportTargets(targets: $targets) {
      priority
      firstResponseMinutes
      resolutionMinutes
    }
  }
`);
