import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context';
import type { Core } from '../../module';
import { ProvisionState } from '../../tasks/provision-state';
import type { TaskHandler } from '../../tasks/types';
import { Domain } from './domain.entity';
import type { DomainService } from './domains.service';

export const ANNOUNCE_ACTIVE_KIND = 'domains.announceActive';

/**
 * A part of a domain (its zone, its site) is in place, said in the transaction that puts it there:
 * queues a check that runs once that commits and announces the domain ('domain.active') when every
 * part is in place. Its parts are finished by tasks that may run at the same moment and do not see
 * each other's outcome before committing; the check of whichever commits last sees them all. When
 * both checks see it whole, the domain is announced twice (receivers of the event drop the repeat).
 */
export function domainPartReady(
  em: EntityManager,
  core: Pick<Core, 'tasks'>,
  domain: Pick<Domain, 'id' | 'reseller' | 'account'>,
): void {
  core.tasks.enqueue(em, {
    kind: ANNOUNCE_ACTIVE_KIND,
    payload: { domainId: domain.id },
    account: { id: domain.account.id, reseller: { id: domain.reseller.id } },
    subject: `domain ${domain.id} set up`,
  });
}

/** The check domainPartReady queues. */
export function announceActiveHandler(core: Pick<Core, 'events'>, domains: DomainService): TaskHandler {
  return {
    kind: ANNOUNCE_ACTIVE_KIND,
    async run(job) {
      const domain = await job.em.findOne(Domain, { id: Number(job.task.payload.domainId) });
      if (!domain) return;
      // The parts read only the EntityManager of the context (memoised per context object).
      const state = await domains.stateOf({ em: job.em } as Pick<Ctx, 'em'> as Ctx, domain);
      if (state === ProvisionState.ACTIVE) await core.events.emit({ em: job.em }, 'domain.active', { domain });
    },
  };
}
