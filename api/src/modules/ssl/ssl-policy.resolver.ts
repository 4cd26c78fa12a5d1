import { Arg, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { policyOf, setPolicy, SslPolicyView } from './ssl-policy';

/** The company's SSL policy, set by its admins. */
@Resolver()
export class SslPolicyResolver {
  @Access('admin')
  @Query(() => SslPolicyView, { description: 'Your company’s rules for its customers’ certificates.' })
  sslPolicy(@Context() ctx: Ctx): Promise<SslPolicyView> {
    return policyOf(ctx.em, ctx.viewer!.resellerId);
  }

  @Access('admin')
  @Mutation(() => SslPolicyView, {
    description: 'Whether a site’s certificate needs its account to hold a dedicated IP address.',
  })
  setSslPolicy(
    @Context() ctx: Ctx,
    @Arg('requireDedicatedIp', () => Boolean) requireDedicatedIp: boolean,
  ): Promise<SslPolicyView> {
    return setPolicy(ctx, requireDedicatedIp);
  }
}
