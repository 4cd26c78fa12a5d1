import { defineModule } from '../../module';
import { knowledgeModule } from '../knowledge';
import { mailedRepliesTo } from './inbound/mailed-replies';
import { inboundMailSettings } from './inbound/settings';
import { supportSmtpListener } from './inbound/smtp-listener';
import { countTicketsOpened } from './tickets-opened';
import { CannedReply } from './canned-reply.entity';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';
import { supportSettings } from './settings';
import { SupportStaffResolver } from './staff.resolver';
import { StaffService } from './staff.service';
import { SupportTarget } from './support-target.entity';
import { TicketAttachment } from './ticket-attachment.entity';
import { TicketMessage } from './ticket-message.entity';
import { Ticket } from './ticket.entity';
import { TicketMessageResolver, TicketsResolver } from './tickets.resolver';
import { TicketService } from './tickets.service';

declare module '../../events' {
  interface HelioEvents {
    /**
     * A reply was added to a ticket's thread, by its customer or its staff (`message.fromStaff`),
     * in the panel or by mail; not the opening message, never a staff note. In its transaction.
     */
    'ticket.replied': { ticket: Ticket; message: TicketMessage };
  }
}

export interface SupportApi {
  tickets: TicketService;
  staff: StaffService;
}

/**
 * Support (SUP-1): tickets between customers and their company's staff, with internal notes,
 * canned replies, targets per priority and a queue by what is due, attachments under the data
 * folder, full-text search, and mail both ways: each mail answers to a signed reply address, and
 * the area's SMTP listener (SUPPORT_SMTP_PORT) takes replies to it back into the thread. Tells the
 * knowledge base how many tickets were opened (its deflection rate).
 */
export const supportModule = defineModule<SupportApi>({
  name: 'support',
  settings: [supportSettings, inboundMailSettings],
  entities: [Ticket, TicketMessage, TicketAttachment, CannedReply, SupportTarget],
  migrations: { sqlite, postgresql },
  services(core, areas) {
    areas.get(knowledgeModule).ticketsOpenedWith(countTicketsOpened);
    const tickets = new TicketService(core, supportSettings.of(core.config));
    return { tickets, staff: new StaffService(tickets) };
  },
  resolvers: [TicketsResolver, TicketMessageResolver, SupportStaffResolver],
  listeners: (api, core) => [
    supportSmtpListener(core.config, inboundMailSettings.of(core.config), mailedRepliesTo(api.tickets, core.secrets)),
  ],
});

export { replyAddressFor, verifyReplyToken } from './reply-token';
export type { MailedReply, MailedReplyResult, TicketService } from './tickets.service';
export { Ticket } from './ticket.entity';
export { TicketMessage } from './ticket-message.entity';
export { TicketCategory, TicketPriority, TicketState } from './enums';
