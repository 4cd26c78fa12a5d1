import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/pagination';
import { AuditEvent } from '../audit';
import { ResourceKind } from '../plans';
import type { InvoiceLine } from './invoice-line.entity';
import { Invoice, InvoiceState } from './invoice.entity';
import { Money } from '../../graphql/money.type';

export const InvoiceConnection = ConnectionType(Invoice, 'Invoice');
export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent');

@ArgsType()
export class InvoicesArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'One account’s invoices. Without it: an admin gets the whole company’s, an end user the active account’s.',
  })
  accountId?: string | null;

  @Field(() => InvoiceState, { nullable: true })
  state?: InvoiceState | null;
}

@ObjectType({ description: 'A line of an invoice (or of a plan-change quote).' })
export class InvoiceLineView {
  @Field(() => Int)
  position!: number;

  @Field(() => String)
  description!: string;

  @Field(() => ResourceKind, { nullable: true })
  resourceKind!: ResourceKind | null;

  @Field(() => Date, { nullable: true })
  periodStart!: Date | null;

  @Field(() => Date, { nullable: true })
  periodEnd!: Date | null;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Money)
  unitPrice!: Money;

  @Field(() => Money, { description: 'After the period’s discount; negative for a credit.' })
  amount!: Money;
}

/** A line as the API shows it, at `position`, in the invoice's (or quote's) currency. */
export function lineView(
  l: Pick<
    InvoiceLine,
    'description' | 'resourceKind' | 'periodStart' | 'periodEnd' | 'quantity' | 'unitPriceMinor' | 'amountMinor'
  >,
  position: number,
  currency: string,
): InvoiceLineView {
  return {
    position,
    description: l.description,
    resourceKind: l.resourceKind,
    periodStart: l.periodStart,
    periodEnd: l.periodEnd,
    quantity: l.quantity,
    unitPrice: Money.of(l.unitPriceMinor, currency),
    amount: Money.of(l.amountMinor, currency),
  };
}

@InputType({ description: 'Who invoices are made out to.' })
export class BillingProfileInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  company?: string | null;

  @Field(() => String)
  address!: string;

  @Field(() => String)
  city!: string;

  @Field(() => String)
  postalCode!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2, e.g. US.' })
  country!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType({ description: 'A tax rate from a date on.' })
export class TaxRateInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Percent, e.g. "19" or "7.5"; "0" turns tax off from the date.' })
  ratePercent!: string;

  @Field(() => Date)
  validFrom!: Date;
}

@InputType({ description: 'How the company bills: payment term and dunning.' })
export class BillingSettingsInput {
  @Field(() => Int, { description: 'Days from issue to due date.' })
  paymentTermDays!: number;

  @Field(() => [Int], { description: 'Days overdue on which a reminder e-mail goes out.' })
  reminderDays!: number[];

  @Field(() => Int, { nullable: true, description: 'Days overdue after which the account is suspended; null: never.' })
  suspendAfterDays!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days before the due date the billing run charges saved cards (0–60); null: unchanged.',
  })
  autoChargeDaysBefore?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Charge attempts per invoice, one a day (0–10; 0: none); null: unchanged.',
  })
  autoChargeAttempts?: number | null;
}

@InputType({ description: 'A usage measurement.' })
export class UsageInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => ResourceKind)
  kind!: ResourceKind;

  @Field(() => Int, { description: 'MB of disk, GB of traffic since the last record, or a count.' })
  quantity!: number;

  @Field(() => Date, { nullable: true, description: 'Default: now.' })
  recordedAt?: Date | null;
}

@ObjectType({ description: 'What a billing run did.' })
export class BillingRunView {
  @Field(() => Int, {
    description: 'Account periods billed (an account several periods behind counts once per period).',
  })
  accounts!: number;

  @Field(() => Int, { description: 'Invoices issued (a period that costs nothing gets none).' })
  invoices!: number;

  @Field(() => Int, {
    description: 'Accounts that could not be billed; their errors are in the server log and they stay due.',
  })
  failed!: number;

  @Field(() => Int, { description: 'Reminder e-mails written to the outbox.' })
  reminders!: number;

  @Field(() => Int, { description: 'Accounts suspended for overdue invoices.' })
  suspended!: number;

  @Field(() => Int, { description: 'Accounts resumed because nothing is overdue any more.' })
  resumed!: number;

  @Field(() => Int, { description: 'Invoices paid by charging the saved card.' })
  cardsCharged!: number;

  @Field(() => Int, { description: 'Saved-card charges the bank declined (the customer is told by e-mail).' })
  cardsDeclined!: number;
}
