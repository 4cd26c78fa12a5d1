import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Money } from '../../graphql/money.type';
import { Platform, ResourceKind } from './enums';

@InputType({ description: 'A billing period a plan is sold for.' })
export class PlanPeriodInput {
  @Field(() => Int, { description: '1, 3, 6, 12, 24 or 36 months.' })
  months!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Discount on the recurring fees for this period, in percent ("10", "12.5"); default 0.',
  })
  discountPercent?: string | null;
}

@InputType({
  description: 'A resource of a plan with its limit and prices (amounts in major units, "0" or empty for free).',
})
export class PlanResourceInput {
  @Field(() => ResourceKind)
  kind!: ResourceKind;

  @Field(() => Int, { nullable: true, description: 'The most an account may have; null for no limit.' })
  maxUnits?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Units included; usage above them is charged at the usage price (at peak; traffic: per month of the period). Default 0.',
  })
  freeUnits?: number | null;

  @Field(() => String, { nullable: true, description: 'Charged once when an account starts on the plan.' })
  setupFee?: string | null;

  @Field(() => String, { nullable: true, description: 'Per month, before the period’s discount.' })
  recurringFee?: string | null;

  @Field(() => String, { nullable: true, description: 'Per unit used above the free units in a period.' })
  usagePrice?: string | null;
}

@InputType({
  description:
    'A plan as a whole: saving it replaces its periods and resources. Amounts are in the company’s currency.',
})
export class PlanInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Platform, { nullable: true, description: 'Default UNIX.' })
  platform?: Platform | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Offered on the signup page and for plan changes. Default false.',
  })
  signupEnabled?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Signups wait for an admin’s approval. Default false.' })
  moderated?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'A reseller plan (the master’s company only): its resources are quotas over all of a reseller’s customers; ACCOUNT may be listed. Default false.',
  })
  forResellers?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Reseller plans: overselling allowed beyond each quota, in percent (0–1000). Default 0.',
  })
  oversellPercent?: number | null;

  @Field(() => String, { nullable: true, description: 'The plan’s own setup fee.' })
  setupFee?: string | null;

  @Field(() => String, { nullable: true, description: 'The plan’s own price per month, before the period’s discount.' })
  recurringFee?: string | null;

  @Field(() => [PlanPeriodInput], {
    description: 'At least one: a plan without a period has no price and cannot be sold.',
  })
  periods!: PlanPeriodInput[];

  @Field(() => [PlanResourceInput], {
    description: 'Resources the plan includes; any other resource is not included (limit 0).',
  })
  resources!: PlanResourceInput[];
}

@ObjectType({ description: 'A billing period of a plan and what it costs.' })
export class PlanPeriodView {
  @Field(() => Int)
  months!: number;

  @Field(() => String, { description: 'Discount on the recurring fees, in percent.' })
  discountPercent!: string;

  @Field(() => Money, {
    description: 'The recurring price of one whole period (plan and resources, after the discount, before tax).',
  })
  price!: Money;

  @Field(() => Money, {
    description: 'The setup fees of the plan and of its resources together: charged once, with the first period.',
  })
  setupFees!: Money;

  @Field(() => Money, {
    description: 'What the first invoice of this period comes to before tax: its price and the setup fees.',
  })
  firstInvoice!: Money;

  /** The plan's company (not a field): billing prices the first invoice's tax at its rate. */
  resellerId!: number;
}

@ObjectType({ description: 'A resource of a plan: limit, free units and prices.' })
export class PlanResourceView {
  @Field(() => ResourceKind)
  kind!: ResourceKind;

  @Field(() => Int, { nullable: true, description: 'null: no limit.' })
  maxUnits!: number | null;

  @Field(() => Int, {
    description: 'Units included before usage is charged (at peak; traffic: per month of the period).',
  })
  freeUnits!: number;

  @Field(() => Money)
  setupFee!: Money;

  @Field(() => Money, { description: 'Per month.' })
  recurringFee!: Money;

  @Field(() => Money, { description: 'Per unit above the free units.' })
  usagePrice!: Money;
}

@ObjectType({ description: 'How much of a resource an account may have and has.' })
export class ResourceLimit {
  @Field(() => ResourceKind)
  kind!: ResourceKind;

  @Field(() => Int, { nullable: true, description: 'null: no limit; 0: not included in the plan.' })
  limit!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many the account has now (counted kinds); null for metered kinds.',
  })
  used!: number | null;
}

@InputType({
  description:
    'Move an account to another plan and/or period. The new period starts now; the unused part of the current one is credited.',
})
export class ChangePlanInput {
  @Field(() => ID, { nullable: true, description: 'Default: your active account.' })
  accountId?: string | null;

  @Field(() => ID)
  planId!: string;

  @Field(() => Int)
  periodMonths!: number;
}
