export { CannedRepliesPage } from './CannedRepliesPage';
export { NewTicketPage } from './NewTicketPage';
export { SupportQueuePage } from './SupportQueuePage';
export { TicketPage } from './TicketPage';
export { TicketsPage } from './TicketsPage';
