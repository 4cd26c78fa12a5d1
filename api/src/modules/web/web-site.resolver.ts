import { Arg, Ctx as Context, ID, Mutation, Resolver } from 'type-graphql';
import { parseId } from '../../errors';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { SiteHttpsInput } from './web-site.inputs';
import { WebSite } from './web-site.entity';
import type { WebSites } from './web-sites.service';

/** What a site's owner changes about how it is served. */
@Resolver(() => WebSite)
export class WebSiteResolver {
  constructor(private readonly api: { sites: WebSites }) {}

  @Access('user')
  @Mutation(() => WebSite, {
    description:
      'Turns a site’s redirect to HTTPS and HSTS on or off; its web server is rewritten by a task. They apply to the names its certificates cover.',
  })
  setSiteHttps(
    @Context() ctx: Ctx,
    @Arg('siteId', () => ID) siteId: string,
    @Arg('input', () => SiteHttpsInput) input: SiteHttpsInput,
  ): Promise<WebSite> {
    return this.api.sites.setHttps(ctx, parseId(siteId, 'siteId'), input);
  }
}
