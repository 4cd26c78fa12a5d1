export const SUPPORT_PATH = '/support';
export const NEW_TICKET_PATH = '/support/new';
export const ticketPath = (id: string) => `/support/tickets/${id}`;
export const SUPPORT_QUEUE_PATH = '/admin/support';
export const CANNED_REPLIES_PATH = '/admin/support/canned';
export const staffTicketPath = (id: string) => `/admin/support/tickets/${id}`;
