import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/pagination';
import { AuditEvent } from '../audit/audit-event.entity';
import { Plan } from '../plans/plan.entity';
import { ResourceKind } from '../plans/enums';
import { Invoice, InvoiceState } from './invoice.entity';
import { Money } from './money.type';
import { ListBound } from '../../graphql/list-bound';

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

@ObjectType({
  description: 'What a plan change costs: the new period in full, less the unused part of the current one.',
})
export class PlanChangeQuoteView {
  @Field(() => Plan)
  plan!: Plan;

  @Field(() => Int)
  periodMonths!: number;

  @ListBound(200)
  @Field(() => [InvoiceLineView])
  lines!: InvoiceLineView[];

  @Field(() => Money)
  subtotal!: Money;

  @Field(() => Money)
  tax!: Money;

  @Field(() => Money, { description: 'Positive: to pay; negative: credited to the balance.' })
  total!: Money;

  @Field(() => String, { nullable: true })
  taxName!: string | null;

  @Field(() => String, { nullable: true })
  taxPercent!: string | null;

  @Field(() => Date)
  periodStart!: Date;

  @Field(() => Date)
  periodEnd!: Date;
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

@InputType({ description: 'The public signup form: plan and period, login, and billing profile.' })
export class SignupInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => Int)
  periodMonths!: number;

  @Field(() => String)
  login!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String, { nullable: true, description: 'Default: the profile’s name.' })
  accountName?: string | null;

  @Field(() => BillingProfileInput)
  profile!: BillingProfileInput;
}

@InputType({ description: 'Another account for you, under a plan of your company; the same login.' })
export class AddAccountInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => Int)
  periodMonths!: number;

  @Field(() => String)
  name!: string;

  @Field(() => BillingProfileInput, {
    nullable: true,
    description: 'Default: a copy of your latest account’s profile.',
  })
  profile?: BillingProfileInput | null;
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
