import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config';
import { rows } from '../../db/raw-sql';
import { unscoped } from '../../db/scope';
import { panelUrl } from '../../http/panel-url';
import type { SecretBox } from '../../secrets';
import { SUPPORT_DESK_ROLES, User } from '../identity';
import { MailEvent, mailLanguage, writeMail } from '../notifications';
import { defaultSenderAddress } from '../outbox';
import { Reseller } from '../resellers';
import { replyAddressFor } from './reply-token';
import type { TicketMessage } from './ticket-message.entity';
import type { Ticket } from './ticket.entity';

/** Where a ticket lives in the panel: the customer's page, or the staff's. */
export const customerTicketPath = (id: number) => `/support/tickets/${id}`;
export const staffTicketPath = (id: number) => `/admin/support/tickets/${id}`;

/** The domain of the company's support replies: its support address's, else its sender's, else MAIL_FROM's. */
export function supportDomainOf(config: Config, company: Reseller): string {
  for (const address of [company.supportEmail, company.senderAddress, defaultSenderAddress(config)]) {
    const at = address?.lastIndexOf('@') ?? -1;
    if (address && at > 0) return address.slice(at + 1);
  }
  return company.cpHost ?? 'localhost';
}

interface Recipient {
  id: number;
  email: string;
  login: string;
  language: string | null;
}

/** The staff a customer's message goes to: the assignee, else the company's whole desk (admins and enabled staff logins). */
async function staffRecipients(em: EntityManager, ticket: Ticket): Promise<Recipient[]> {
  if (ticket.assignee) {
    return rows<Recipient>(em, `select id, email, login, language from app_user where id = ?`, [ticket.assignee.id]);
  }
  return rows<Recipient>(
    em,
    `select id, email, login, language from app_user where reseller_id = ? and role in (?, ?, ?) and disabled_at is null order by id`,
    [ticket.reseller.id, ...SUPPORT_DESK_ROLES],
  );
}

/**
 * Mails a message of a ticket, in `em`'s transaction (the outbox delivers after the commit): a
 * customer's (the ticket opened, or a reply) to the staff, a staff answer to the customer. A staff
 * note is never mailed: this refuses one outright. Each mail answers to the ticket's signed reply
 * address, so a mailed answer comes back into this thread.
 */
export async function mailTicketMessage(
  em: EntityManager,
  config: Config,
  secrets: Pick<SecretBox, 'sign'>,
  ticket: Ticket,
  message: TicketMessage,
  opened: boolean,
): Promise<void> {
  if (message.internal) return;
  const company = await em.findOneOrFail(
    Reseller,
    { id: ticket.reseller.id },
    unscoped('the ticket’s company, whose mail this is (a customer may not read its row)'),
  );
  const replyTo = replyAddressFor(secrets, ticket.id, supportDomainOf(config, company));
  if (message.fromStaff) {
    const customer = await em.findOneOrFail(
      User,
      { id: ticket.openedBy.id },
      unscoped('the ticket’s customer, to whom the staff’s answer is mailed'),
    );
    await writeMail(em, config, {
      company,
      event: MailEvent.TICKET_REPLY,
      recipient: customer.email,
      language: mailLanguage(customer.language, company),
      account: ticket.account,
      replyTo,
      dedupKey: `ticket-message:${message.id}:${customer.id}`,
      values: {
        recipientName: customer.login,
        ticketNumber: ticket.number,
        subject: ticket.subject,
        authorName: message.authorName,
        message: message.body,
        ticketUrl: panelUrl(config, company, customerTicketPath(ticket.id)),
      },
    });
    return;
  }
  for (const r of await staffRecipients(em, ticket)) {
    const url = panelUrl(config, company, staffTicketPath(ticket.id));
    await writeMail(em, config, {
      company,
      event: opened ? MailEvent.TICKET_OPENED : MailEvent.TICKET_REPLY,
      recipient: r.email,
      language: mailLanguage(r.language, company),
      account: ticket.account,
      replyTo,
      dedupKey: `ticket-message:${message.id}:${r.id}`,
      values: opened
        ? {
            recipientName: r.login,
            ticketNumber: ticket.number,
            subject: ticket.subject,
            customerName: message.authorName,
            accountId: ticket.account.id,
            category: ticket.category,
            priority: ticket.priority,
            message: message.body,
            ticketUrl: url,
          }
        : {
            recipientName: r.login,
            ticketNumber: ticket.number,
            subject: ticket.subject,
            authorName: message.authorName,
            message: message.body,
            ticketUrl: url,
          },
    });
  }
}
