import { Field, Int, ObjectType } from 'type-graphql';
import { ResourceKind } from '../plans';

@ObjectType({
  description:
    'One quota of a reseller (from its reseller plan) over all its customers’ accounts: what they use, and what their plans promise.',
})
export class ResellerQuota {
  @Field(() => ResourceKind)
  kind!: ResourceKind;

  @Field(() => Int, {
    nullable: true,
    description: 'The quota: the most all its customers together may have; null: no limit.',
  })
  limit!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many its customers have now (counted kinds; metered kinds: their latest measure); null: not measured.',
  })
  used!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The sum of the limits of its customers’ accounts’ plans (a plan with no limit promises the whole quota); null when the quota has no limit.',
  })
  promised!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'How much the plans may promise in all: the quota plus the reseller plan’s oversell allowance; null: no limit.',
  })
  promiseLimit!: number | null;
}
