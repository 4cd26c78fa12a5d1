import { Arg, Ctx as Context, Extensions, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { fieldCost } from '../../graphql/cost';
import { ListBound } from '../../graphql/list-bound';
import { perRequest } from '../../graphql/memo';
import { Money } from '../../graphql/money.type';
import { parseId } from '../../errors';
import { JobType } from './job-type.entity';
import type { JobTypeService } from './job-types.service';
import { JobTypeInput } from './jobs.inputs';

/** The company's catalogue of custom job types (SUP-3): customers read the active ones, admins edit. */
@Resolver(() => JobType)
export class JobTypesResolver {
  constructor(private readonly api: { jobTypes: JobTypeService }) {}

  @Access('signedIn')
  @ListBound(200)
  @Query(() => [JobType], {
    description: 'Your company’s custom job types in catalogue order: admins get all, customers the active ones.',
  })
  jobTypes(@Context() ctx: Ctx): Promise<JobType[]> {
    return this.api.jobTypes.list(ctx);
  }

  @Access('admin')
  @Mutation(() => JobType, { description: 'Adds a job type to the company’s catalogue.' })
  createJobType(@Context() ctx: Ctx, @Arg('input', () => JobTypeInput) input: JobTypeInput): Promise<JobType> {
    return this.api.jobTypes.create(ctx, input);
  }

  @Access('admin')
  @Mutation(() => JobType, {
    description: 'Replaces a job type’s fields; jobs already ordered keep their price.',
  })
  updateJobType(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => JobTypeInput) input: JobTypeInput,
  ): Promise<JobType> {
    return this.api.jobTypes.update(ctx, parseId(id), input);
  }

  @Access('admin')
  @Mutation(() => Boolean, { description: 'Deletes a job type; jobs ordered from it keep their title and price.' })
  deleteJobType(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<boolean> {
    return this.api.jobTypes.delete(ctx, parseId(id));
  }

  @Extensions(fieldCost(100))
  @FieldResolver(() => Money, { description: 'Its price in the company’s currency (0: free).' })
  async price(@Root() type: JobType, @Context() ctx: Ctx): Promise<Money> {
    const company = await perRequest(ctx, 'jobs:company', () => this.api.jobTypes.company(ctx));
    return Money.of(type.priceMinor, company.currency);
  }
}
