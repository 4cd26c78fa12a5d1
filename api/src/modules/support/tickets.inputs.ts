import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { TicketCategory, TicketPriority, TicketState } from './enums';

@InputType({ description: 'A file to attach: its name and its bytes in base64 (limits: see the field errors).' })
export class TicketAttachmentInput {
  @Field(() => String, { description: 'The file’s name (shown, and offered when downloading).' })
  fileName!: string;

  @Field(() => String, {
    description: 'The file, base64. Its type is read from its content: pictures, PDF, ZIP or plain text.',
  })
  data!: string;
}

@InputType({ description: 'A new ticket.' })
export class OpenTicketInput {
  @Field(() => ID, { nullable: true, description: 'The account it concerns; default: your active account.' })
  accountId?: string | null;

  @Field(() => String)
  subject!: string;

  @Field(() => TicketCategory, { defaultValue: TicketCategory.OTHER })
  category!: TicketCategory;

  @Field(() => TicketPriority, { defaultValue: TicketPriority.NORMAL })
  priority!: TicketPriority;

  @Field(() => String, { description: 'The question, plain text.' })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'A domain of the account it is about.' })
  domainId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A MySQL database of the account it is about.' })
  databaseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An invoice of the account it is about.' })
  invoiceId?: string | null;

  @Field(() => [TicketAttachmentInput], { nullable: true })
  attachments?: TicketAttachmentInput[] | null;
}

@InputType({ description: 'A message added to a ticket.' })
export class TicketReplyInput {
  @Field(() => String, { description: 'The text, plain.' })
  body!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'A staff note: never shown nor mailed to the customer (staff only).',
  })
  internal!: boolean;

  @Field(() => [TicketAttachmentInput], { nullable: true })
  attachments?: TicketAttachmentInput[] | null;
}

@InputType({ description: 'A saved answer.' })
export class CannedReplyInput {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;
}

@InputType({ description: 'A priority’s targets, in minutes from opening.' })
export class SupportTargetInput {
  @Field(() => TicketPriority)
  priority!: TicketPriority;

  @Field(() => Int, { description: 'Minutes until the first answer is due.' })
  firstResponseMinutes!: number;

  @Field(() => Int, { description: 'Minutes until the ticket should be resolved.' })
  resolutionMinutes!: number;
}

@ObjectType({ description: 'A priority’s targets, in minutes from opening (the company’s, else the defaults).' })
export class SupportTargetView {
  @Field(() => TicketPriority)
  priority!: TicketPriority;

  @Field(() => Int)
  firstResponseMinutes!: number;

  @Field(() => Int)
  resolutionMinutes!: number;
}

@ArgsType()
export class SupportQueueArgs {
  @Field(() => TicketState, {
    nullable: true,
    description: 'Only tickets in this state; default: every open one (not closed).',
  })
  state?: TicketState | null;

  @Field(() => TicketPriority, { nullable: true })
  priority?: TicketPriority | null;

  @Field(() => ID, { nullable: true, description: 'Only tickets assigned to this admin.' })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only tickets assigned to nobody.' })
  unassigned?: boolean | null;

  @Field(() => Int, { defaultValue: 25, description: 'How many (1 to 100).' })
  first!: number;

  @Field(() => Int, { defaultValue: 0, description: 'How many to skip (for the next pages).' })
  offset!: number;
}

/** Bodies are long plain texts; a subject one line. */
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const line = (max: number) => text(max).regex(/^[^\r\n]*$/, 'must be one line');
const optionalId = z
  .string()
  .regex(/^[1-9][0-9]{0,15}$/, 'must be a positive numeric ID')
  .transform(Number)
  .nullish();
const files = z
  .array(z.object({ fileName: z.string().max(255, 'must be at most 255 characters'), data: z.string() }))
  .nullish();

export const MAX_BODY = 20_000;

export const openTicketSchema = z.object({
  accountId: optionalId,
  subject: line(200),
  category: z.nativeEnum(TicketCategory),
  priority: z.nativeEnum(TicketPriority),
  body: text(MAX_BODY),
  domainId: optionalId,
  databaseId: optionalId,
  invoiceId: optionalId,
  attachments: files,
});

export const replySchema = z.object({
  body: text(MAX_BODY),
  internal: z.boolean(),
  attachments: files,
});

export const cannedReplySchema = z.object({ title: line(100), body: text(MAX_BODY) });

const minutes = (field: string) =>
  z
    .number()
    .int()
    .min(1, `${field} must be at least 1 minute`)
    .max(365 * 24 * 60, `${field} must be at most a year`);
export const targetsSchema = z
  .array(
    z
      .object({
        priority: z.nativeEnum(TicketPriority),
        firstResponseMinutes: minutes('the first answer'),
        resolutionMinutes: minutes('the resolution'),
      })
      .refine((t) => t.resolutionMinutes >= t.firstResponseMinutes, {
        message: 'must not be sooner than the first answer',
        path: ['resolutionMinutes'],
      }),
  )
  .min(1, 'must name at least one priority')
  .max(4, 'at most one per priority')
  .refine((ts) => new Set(ts.map((t) => t.priority)).size === ts.length, 'each priority at most once');

export const queueSchema = z.object({
  state: z.nativeEnum(TicketState).nullish(),
  priority: z.nativeEnum(TicketPriority).nullish(),
  assigneeId: optionalId,
  unassigned: z.boolean().nullish(),
  first: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100'),
  offset: z.number().int().min(0, 'must not be negative').max(100_000, 'must be at most 100000'),
});
