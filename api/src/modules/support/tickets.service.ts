import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { z } from 'zod';
import type { Ctx } from '../../graphql/context';
import { appError, badInput, conflict, notFound, validate } from '../../errors';
import { findPage, type Connection, type Page } from '../../graphql/pagination';
import { unscoped } from '../../db/scope';
import type { Core } from '../../module';
import { accountForViewer, type Account } from '../accounts';
import { audit } from '../audit';
import { Invoice } from '../billing';
import { Domain } from '../domains';
import { isSupportDesk, Role, User } from '../identity';
import { MysqlDatabase } from '../mysql';
import { attachmentStore, type AttachmentStore } from './attachment-store';
import { checkFiles, readStoredFile, storeFile, type CheckedFile, type GivenFile } from './attachments';
import { TicketState } from './enums';
import type { SupportSettings } from './settings';
import { dueDates, moveTo, targetsOf } from './targets';
import { TicketAttachment } from './ticket-attachment.entity';
import { mailTicketMessage } from './ticket-mail';
import { TicketMessage } from './ticket-message.entity';
import { Ticket } from './ticket.entity';
import { openTicketSchema, replySchema } from './tickets.inputs';

/** Who writes a message: a user, named as they were, staff or customer. */
export interface Author {
  user: User;
  fromStaff: boolean;
}

/** A mailed reply to a ticket, as the SMTP listener hands it over. */
export interface MailedReply {
  ticketId: number;
  fromAddress: string;
  /** The mail's Message-ID: the same mail delivered again (a relay's retry) is taken once. */
  messageId?: string | null;
  body: string;
  attachments?: readonly { fileName: string; data: Buffer }[];
}

/** Key space of the ticket-number advisory locks ('TICK'), apart from the task engine's. */
const TICKET_NUMBERS = 0x5449434b;

export type MailedReplyResult = { accepted: true; messageId: number } | { accepted: false; reason: string };

/**
 * Tickets (SUP-1) as customers and staff share them: opening, the thread, replies (a customer's
 * reopens a closed ticket; a staff answer waits for the customer; a staff note changes nothing the
 * customer sees), closing, attachments, and replies that come back by e-mail. Every ticket query
 * is held to the viewer's own company, the master admin's included: a reseller's customers'
 * tickets are the reseller's to answer.
 */
export class TicketService {
  /** Where attachments' bytes go: the data folder, or the S3-compatible bucket the settings name. */
  private readonly files: AttachmentStore;

  constructor(
    private readonly core: Pick<Core, 'config' | 'secrets' | 'events'>,
    private readonly settings: SupportSettings,
  ) {
    this.files = attachmentStore(settings, core.config.dataDir);
  }

  /** The viewer's company's tickets (the tenant filter adds: an end user's own accounts only). */
  ofCompany(ctx: Ctx): { reseller: number } {
    return { reseller: ctx.viewer!.resellerId };
  }

  async get(ctx: Ctx, id: number, em: EntityManager = ctx.em): Promise<Ticket> {
    const ticket = await em.findOne(Ticket, { id, reseller: ctx.viewer!.resellerId });
    if (!ticket) throw notFound('Ticket');
    return ticket;
  }

  list(ctx: Ctx, page: Page, state: TicketState | null): Promise<Connection<Ticket>> {
    return findPage(ctx.em, Ticket, () => ({ ...this.ofCompany(ctx), ...(state ? { state } : {}) }), page);
  }

  /** The thread, oldest first; a customer's view never holds a staff note (the tenant filter). */
  messages(ctx: Ctx, ticket: Ticket): Promise<TicketMessage[]> {
    return ctx.em.find(TicketMessage, { ticket: ticket.id }, { orderBy: { id: 'asc' } });
  }

  /** A customer opens a ticket about one of their accounts (and optionally its domain, database or invoice). */
  async open(ctx: Ctx, input: unknown): Promise<Ticket> {
    const viewer = ctx.viewer!;
    if (viewer.role !== Role.END_USER) throw appError('FORBIDDEN', 'Tickets are opened by customers');
    const v = validate(openTicketSchema, input);
    const files = checkFiles(this.settings, v.attachments ?? [], 'attachments');
    const account = await accountForViewer(ctx, ctx.em, v.accountId ?? null);
    const related = await this.related(ctx.em, account, v);
    const stored = await this.store(files);
    // Numbers are counted per company: two tickets opened at once may pick the same; the second tries again.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.create(ctx, account, v, related, stored);
      } catch (err) {
        if (!(err instanceof UniqueConstraintViolationException) || attempt >= 5) throw err;
      }
    }
  }

  private create(
    ctx: Ctx,
    account: Account,
    v: z.output<typeof openTicketSchema>,
    related: Pick<Ticket, 'domain' | 'database' | 'invoice'>,
    stored: (CheckedFile & { storedName: string })[],
  ): Promise<Ticket> {
    const viewer = ctx.viewer!;
    return ctx.em.transactional(async (em) => {
      const targets = (await targetsOf(em, account.reseller.id)).get(v.priority)!;
      const now = new Date();
      const ticket = em.create(Ticket, {
        reseller: account.reseller,
        account,
        openedBy: viewer.user,
        number: await this.nextNumber(em, account.reseller.id),
        subject: v.subject,
        category: v.category,
        priority: v.priority,
        ...related,
        ...dueDates(now, targets),
        createdAt: now,
        lastMessageAt: now,
      });
      moveTo(ticket, TicketState.OPEN, now);
      await this.append(em, ticket, { user: viewer.user, fromStaff: false }, v.body, false, stored, true);
      return ticket;
    });
  }

  /** The domain, database or invoice a ticket is about: each must be the account's (else NOT_FOUND). */
  private async related(
    em: EntityManager,
    account: Account,
    v: { domainId?: number | null; databaseId?: number | null; invoiceId?: number | null },
  ): Promise<Pick<Ticket, 'domain' | 'database' | 'invoice'>> {
    const domain = v.domainId ? await em.findOne(Domain, { id: v.domainId, account: account.id }) : null;
    if (v.domainId && !domain) throw notFound('Domain');
    const database = v.databaseId ? await em.findOne(MysqlDatabase, { id: v.databaseId, account: account.id }) : null;
    if (v.databaseId && !database) throw notFound('MySQL database');
    const invoice = v.invoiceId ? await em.findOne(Invoice, { id: v.invoiceId, account: account.id }) : null;
    if (v.invoiceId && !invoice) throw notFound('Invoice');
    return { domain, database, invoice };
  }

  /**
   * The company's next ticket number, unique per company. On PostgreSQL openings of one company
   * wait for each other on an advisory lock held to the end of the transaction (without it, six
   * customers opening at once kept colliding past the retries under load); SQLite's write lock
   * orders them already. A collision left over still fails on the unique index and tries again.
   */
  private async nextNumber(em: EntityManager, resellerId: number): Promise<number> {
    if (this.core.config.database.dialect === 'postgresql')
      await em
        .getConnection()
        .execute(
          'select pg_advisory_xact_lock(?::int4, ?::int4)',
          [TICKET_NUMBERS, resellerId],
          'all',
          em.getTransactionContext(),
        );
    const last = await em.findOne(
      Ticket,
      { reseller: resellerId },
      {
        orderBy: { number: 'desc' },
        fields: ['number'],
        ...unscoped('numbers count every ticket of the company, whoever asks'),
      },
    );
    return (last?.number ?? 0) + 1;
  }

  /** Files are written before the rows that name them (see storeFile). */
  private async store(files: CheckedFile[]): Promise<(CheckedFile & { storedName: string })[]> {
    const out = [];
    for (const f of files) out.push({ ...f, storedName: await storeFile(this.files, f.data) });
    return out;
  }

  /** Adds a message with its files to the thread and mails it (unless a staff note), in `em`'s transaction. */
  private async append(
    em: EntityManager,
    ticket: Ticket,
    author: Author,
    body: string,
    internal: boolean,
    files: (CheckedFile & { storedName: string })[],
    opened = false,
    /** Set when it came in by e-mail: its Message-ID, if it had one. */
    mail: { messageId: string | null } | null = null,
  ): Promise<TicketMessage> {
    const at = new Date();
    const message = em.create(TicketMessage, {
      reseller: ticket.reseller,
      account: ticket.account,
      ticket,
      author: author.user,
      authorName: author.user.login,
      fromStaff: author.fromStaff,
      internal,
      viaMail: mail !== null,
      mailMessageId: mail?.messageId?.slice(0, 255) ?? null,
      body,
      createdAt: at,
    });
    for (const f of files) {
      em.create(TicketAttachment, {
        reseller: ticket.reseller,
        account: ticket.account,
        message,
        internal,
        fileName: f.fileName,
        contentType: f.contentType,
        size: f.data.length,
        storedName: f.storedName,
      });
    }
    if (!internal) ticket.lastMessageAt = at;
    await em.flush();
    await mailTicketMessage(em, this.core.config, this.core.secrets, ticket, message, opened);
    if (!internal && !opened) await this.core.events.emit({ em }, 'ticket.replied', { ticket, message });
    return message;
  }

  /**
   * A message on a ticket: a customer's reply (reopens a closed ticket; the staff's turn), a staff
   * answer (the customer's turn; the first one meets the first-answer target) or a staff note.
   */
  async reply(ctx: Ctx, id: number, input: unknown): Promise<TicketMessage> {
    const viewer = ctx.viewer!;
    const v = validate(replySchema, input);
    const staff = isSupportDesk(viewer.role);
    if (v.internal && !staff) throw badInput([{ field: 'internal', message: 'only the staff write notes' }]);
    const files = checkFiles(this.settings, v.attachments ?? [], 'attachments');
    const ticket = await this.get(ctx, id);
    if (ticket.mergedInto) throw conflict('This ticket was merged into another; reply there');
    const stored = await this.store(files);
    return ctx.em.transactional(async (em) => {
      const t = await this.get(ctx, id, em);
      if (staff && !v.internal) {
        t.firstRespondedAt ??= new Date();
        moveTo(t, TicketState.WAITING_FOR_CUSTOMER);
      } else if (!staff) moveTo(t, TicketState.WAITING_FOR_STAFF);
      return this.append(em, t, { user: viewer.user, fromStaff: staff }, v.body, v.internal, stored);
    });
  }

  /** The customer (or the staff) closes a ticket. */
  async close(ctx: Ctx, id: number): Promise<Ticket> {
    const ticket = await this.get(ctx, id);
    moveTo(ticket, TicketState.CLOSED);
    await ctx.em.flush();
    return ticket;
  }

  /**
   * A reply that came by e-mail to a ticket's signed reply address (the caller checked the token
   * with verifyReplyToken): appended as the customer's when it comes from the ticket's customer's
   * address; anything else is refused and written to the audit log. `em` has system scope.
   */
  async replyByMail(em: EntityManager, mail: MailedReply): Promise<MailedReplyResult> {
    const ticket = await em.findOne(
      Ticket,
      { id: mail.ticketId },
      unscoped('a mailed reply is matched to its ticket by a signed token, with no viewer'),
    );
    if (!ticket) return { accepted: false, reason: 'no such ticket' };
    const customer = await em.findOneOrFail(
      User,
      { id: ticket.openedBy.id },
      unscoped('the customer of a ticket a mailed reply names, to check the sender'),
    );
    const from = mail.fromAddress.trim().toLowerCase();
    const refuse = (reason: string): MailedReplyResult => {
      audit(em, {
        resellerId: ticket.reseller.id,
        accountId: ticket.account.id,
        actorId: null,
        action: 'ticket.mailRefused',
        detail: `Mailed reply to ticket #${ticket.number} from ${from.slice(0, 254)} refused: ${reason}`,
      });
      return { accepted: false, reason };
    };
    if (from !== customer.email.toLowerCase()) {
      const result = refuse('the sender is not the ticket’s customer');
      await em.flush();
      return result;
    }
    if (ticket.mergedInto) {
      const result = refuse('the ticket was merged into another');
      await em.flush();
      return result;
    }
    if (mail.messageId) {
      const taken = await em.findOne(
        TicketMessage,
        { ticket: ticket.id, mailMessageId: mail.messageId.slice(0, 255) },
        unscoped('a mailed reply delivered again is recognised by its Message-ID, with no viewer'),
      );
      if (taken) return { accepted: true, messageId: taken.id };
    }
    const body = mail.body.trim().slice(0, 20_000);
    if (!body) return { accepted: false, reason: 'empty message' };
    let files: CheckedFile[];
    try {
      files = checkFiles(this.settings, mail.attachments ?? [], 'attachments');
    } catch (err) {
      const result = refuse(err instanceof Error ? err.message : 'bad attachments');
      await em.flush();
      return result;
    }
    const stored = await this.store(files);
    const message = await em.transactional(async (tx) => {
      const t = await tx.findOneOrFail(
        Ticket,
        { id: ticket.id },
        unscoped('a mailed reply is matched to its ticket by a signed token, with no viewer'),
      );
      moveTo(t, TicketState.WAITING_FOR_STAFF);
      return this.append(tx, t, { user: customer, fromStaff: false }, body, false, stored, false, {
        messageId: mail.messageId ?? null,
      });
    });
    return { accepted: true, messageId: message.id };
  }

  /** A message's files (of one request's ticket, read once); a customer never sees a note's. */
  async attachmentsOf(ctx: Ctx, message: TicketMessage): Promise<TicketAttachment[]> {
    return ctx.em.find(TicketAttachment, { message: message.id }, { orderBy: { id: 'asc' } });
  }

  /** An attachment's bytes, to who may read its ticket (a note's: the staff only). */
  async download(ctx: Ctx, id: number): Promise<{ attachment: TicketAttachment; data: Buffer }> {
    const attachment = await ctx.em.findOne(TicketAttachment, { id, reseller: ctx.viewer!.resellerId });
    if (!attachment) throw notFound('Attachment');
    return { attachment, data: await readStoredFile(this.files, attachment.storedName) };
  }
}

export type { GivenFile };
