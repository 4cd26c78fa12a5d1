import { systemEm } from '../../../db/scope';
import type { SecretBox } from '../../../secrets';
import { verifyReplyToken } from '../reply-token';
import type { TicketService } from '../tickets.service';
import type { MailedReplies } from './smtp-listener';

/** The SMTP listener's way into the tickets: the signed token names the ticket, `replyByMail` decides the rest. */
export function mailedRepliesTo(tickets: TicketService, secrets: Pick<SecretBox, 'sign'>): MailedReplies {
  return {
    ticketFor: (address) => verifyReplyToken(secrets, address),
    async deliver({ orm }, ticketId, mail) {
      const em = systemEm(orm, 'a mailed reply arrives with no viewer: its signed reply address names the ticket');
      const result = await tickets.replyByMail(em, {
        ticketId,
        fromAddress: mail.from,
        messageId: mail.messageId,
        body: mail.text,
        attachments: mail.attachments.map((a) => ({ fileName: a.fileName, data: a.content })),
      });
      return result.accepted ? {} : { refused: result.reason };
    },
  };
}
