import { Arg, Ctx as Context, ID, Mutation, Resolver } from 'type-graphql';
import { badInput, conflict, notFound, parseId } from '../errors';
import { Access } from '../graphql/access';
import type { Ctx } from '../graphql/context';
import type { Core } from '../module';
import { ProvisionState } from '../tasks/provision-state';
import { provisioningChange } from '../tasks/provisioning-change';
import { continueRemoval } from '../modules/dns';
import { Domain } from '../modules/domains';
import { queueRemoveSite, WebSite } from '../modules/web';

/**
 * Deleting a domain: its site goes first (never a vhost without its domain; web says
 * 'site.removed' when it is gone, and dns goes on), then its records or zone (dns), and the
 * domain row last. All queued in one transaction; the tasks do the rest.
 */
export class DeleteDomainFlow {
  constructor(private readonly core: Pick<Core, 'tasks'>) {}

  /** Queues the domain's removal: its site first, then its records or zone. */
  async delete(ctx: Ctx, id: number): Promise<Domain> {
    return provisioningChange(
      ctx,
      this.core.tasks,
      async (em) => {
        const domain = await em.findOne(Domain, { id });
        if (!domain) throw notFound('Domain');
        if (domain.state === ProvisionState.DELETING)
          throw conflict(`${domain.name ?? 'The web space'} is already being deleted`);
        domain.state = ProvisionState.DELETING;
        const site = await em.findOne(WebSite, { domain: domain.id }, { populate: ['server'] });
        if (site) queueRemoveSite(em, this.core, site);
        else await continueRemoval(em, this.core, domain);
        return domain;
      },
      () => badInput([{ field: 'name', message: 'is already hosted here' }]),
    );
  }
}

@Resolver(() => Domain)
export class DeleteDomainResolver {
  constructor(private readonly api: { deleteDomain: DeleteDomainFlow }) {}

  @Access('user')
  @Mutation(() => Domain, {
    description:
      'Queues the domain’s removal: its web site first, then its records and zone (state DELETING; the row goes at the end).',
  })
  deleteDomain(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Domain> {
    return this.api.deleteDomain.delete(ctx, parseId(id));
  }
}
