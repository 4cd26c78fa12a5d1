import { domainToUnicode } from 'node:url';
import type { EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import type { SiteConfig, TlsBinding } from '../../drivers/web';
import { conflict, notFound, validate } from '../../errors';
import type { Ctx } from '../../graphql/context';
import type { Core } from '../../module';
import { ProvisionState } from '../../tasks/provision-state';
import { AccountStatus } from '../accounts';
import { audit } from '../audit';
import { acmeChallengeOrigin } from './settings';
import { queuePutSite } from './web-site-tasks';
import { WebSite } from './web-site.entity';

/**
 * The certificates a site serves, as the ssl area knows them (web knows no certificates): its own
 * for its own names, the service domain's wildcard for its instant-access name. Called with the
 * task's (or re-sync's) EntityManager whenever a site's config is written or compared; the
 * bindings carry private keys, so they go to the driver only, never into a task's payload or a log.
 */
export type TlsProvider = (em: EntityManager, site: WebSite) => Promise<TlsBinding[]>;

const httpsSchema = z.object({ redirect: z.boolean(), hsts: z.boolean() });

/** Web sites as the rest of the panel asks about them: their HTTPS switches, and what a driver writes for them. */
export class WebSites {
  private tlsProvider: TlsProvider | null = null;

  constructor(private readonly core: Pick<Core, 'tasks' | 'config'>) {}

  /**
   * The ssl area supplies sites' certificates (when the areas are built); without a provider no site
   * has TLS. One provider: a later one replaces it (a test puts its own in place, and the returned one back).
   */
  tlsWith(provider: TlsProvider | null): TlsProvider | null {
    const previous = this.tlsProvider;
    this.tlsProvider = provider;
    return previous;
  }

  /**
   * Sets the site's HTTPS switches and queues its rewrite. They take effect for the names a
   * certificate covers; HSTS without the redirect is allowed (a browser that came over HTTPS stays).
   */
  async setHttps(ctx: Ctx, siteId: number, input: unknown): Promise<WebSite> {
    const v = validate(httpsSchema, input);
    const site = await ctx.em.findOne(WebSite, { id: siteId });
    if (!site) throw notFound('Web site');
    if (site.state === ProvisionState.DELETING) throw conflict('the site is being removed');
    if (site.httpsRedirect === v.redirect && site.hsts === v.hsts) return site;
    site.httpsRedirect = v.redirect;
    site.hsts = v.hsts;
    const onOff = (on: boolean) => (on ? 'on' : 'off');
    audit(ctx.em, {
      resellerId: site.reseller.id,
      accountId: site.account.id,
      actorId: ctx.viewer!.userId,
      action: 'site.https',
      detail: `Site ${site.serverNames[0] ?? site.directory}: redirect to HTTPS ${onOff(v.redirect)}, HSTS ${onOff(v.hsts)}`,
    });
    queuePutSite(ctx.em, this.core, site);
    await ctx.em.flush();
    this.core.tasks.notify();
    return site;
  }

  /**
   * What putSite writes for each site (domains and accounts loaded together; certificates from the
   * provider, unless `withTls` is false: a removal needs none, and must not fail for want of them).
   */
  async configs(em: EntityManager, sites: WebSite[], withTls = true): Promise<SiteConfig[]> {
    await em.populate(sites, ['domain', 'account']);
    const acme = acmeChallengeOrigin(this.core.config);
    const configs: SiteConfig[] = [];
    for (const site of sites) {
      const name = site.domain.name;
      const tls = withTls && this.tlsProvider && site.serverNames.length > 0 ? await this.tlsProvider(em, site) : [];
      configs.push({
        id: site.id,
        account: site.account.id,
        directory: site.directory,
        serverNames: site.serverNames,
        title: name ? domainToUnicode(name) || name : `account ${site.account.id}`,
        suspended: site.account.status === AccountStatus.SUSPENDED,
        ...(tls.length > 0 ? { tls } : {}),
        ...(site.httpsRedirect ? { httpsRedirect: true } : {}),
        ...(site.hsts ? { hsts: true } : {}),
        ...(acme ? { acmeChallengeProxy: acme } : {}),
      });
    }
    return configs;
  }

  async config(em: EntityManager, site: WebSite, withTls = true): Promise<SiteConfig> {
    return (await this.configs(em, [site], withTls))[0]!;
  }
}
