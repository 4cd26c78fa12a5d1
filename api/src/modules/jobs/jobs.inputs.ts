import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';
import { CustomJobState } from './enums';

@InputType({ description: 'A job type of the company’s catalogue.' })
export class JobTypeInput {
  @Field(() => String, { description: 'Its name, 1–120 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it includes (plain text, up to 5000 characters).' })
  description?: string | null;

  @Field(() => String, { description: 'Price in major units of the company’s currency, e.g. "150.00"; "0": free.' })
  price!: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether customers can order it (default true).' })
  active?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Its place in the catalogue, lowest first (default 0).' })
  position?: number | null;
}

@InputType({ description: 'A customer’s order of a custom job.' })
export class OrderCustomJobInput {
  @Field(() => ID, { description: 'The account it is for (one of yours).' })
  accountId!: string;

  @Field(() => ID, { description: 'The job type ordered (an active one of your company’s).' })
  jobTypeId!: string;

  @Field(() => String, { description: 'What you want done (up to 10000 characters).' })
  brief!: string;
}

@InputType({ description: 'A custom job the staff open for a customer’s account.' })
export class CreateCustomJobInput {
  @Field(() => ID, { description: 'The customer’s account.' })
  accountId!: string;

  @Field(() => ID, { description: 'The job type (active or not).' })
  jobTypeId!: string;

  @Field(() => String, { description: 'What is to be done (up to 10000 characters).' })
  brief!: string;

  @Field(() => String, { nullable: true, description: 'A title of its own; default: the job type’s name.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'A price of its own in major units; default: the job type’s.' })
  price?: string | null;
}

@InputType({ description: 'A message for a custom job’s thread.' })
export class CustomJobMessageInput {
  @Field(() => String, { description: 'The text (up to 10000 characters).' })
  body!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'A staff-only internal note the customer never sees (staff only).',
  })
  internal!: boolean;
}

@ArgsType()
export class CustomJobsArgs extends PageArgs {
  @Field(() => CustomJobState, { nullable: true, description: 'Only jobs in this state.' })
  state?: CustomJobState | null;

  @Field(() => ID, { nullable: true, description: 'Only this account’s jobs.' })
  accountId?: string | null;
}
