import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context';
import { perRequest } from '../../graphql/memo';
import { unscoped } from '../../db/scope';
import { Domain } from '../domains';
import { WebSite } from './web-site.entity';

/**
 * The site of a domain, once per request: the domain's state (a part web registers with domains)
 * and its `site` field read the same row.
 */
export function siteOfDomain(ctx: Ctx, domain: Domain): Promise<WebSite | null> {
  return perRequest(ctx, `domain-site:${domain.id}`, () =>
    ctx.em.findOne(
      WebSite,
      { domain: domain.id },
      unscoped('the site of a domain already in hand, also read by engine work'),
    ),
  );
}

/** What web adds to a domain in the API: its site. */
@Resolver(() => Domain)
export class DomainSiteResolver {
  @FieldResolver(() => WebSite, { nullable: true, description: 'Its web site; null for a parked domain.' })
  async site(@Context() ctx: Ctx, @Root() domain: Domain): Promise<WebSite | null> {
    return siteOfDomain(ctx, domain);
  }
}
