import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context';
import { badInput, notFound } from '../../errors';
import { ProvisionState } from '../../tasks/provision-state';
import type { Account } from '../accounts';
import { accountForViewer } from '../accounts';
import { Reseller } from '../resellers';
import { Domain } from './domain.entity';
import { isAtOrUnder } from './domain-names';
import { stateOf, type DomainPart } from './domain-state';
import { unscoped } from '../../db/scope';

/**
 * Domains of accounts (UAD-3, UAD-4): the rows and the rules on their names. Adding and deleting a
 * domain, with its zone and site, are flows (flows/domain-add.ts, flows/domain-delete.ts); the
 * areas that set up its parts (dns, web) register them here, and its state is made of theirs.
 */
export class DomainService {
  /** The parts other areas set up, in the order they registered. */
  private readonly parts: DomainPart[] = [];

  /** An area that sets up a part of every domain (its zone, its site) says how the API reads it. */
  addPart(part: DomainPart): void {
    this.parts.push(part);
  }

  /** The domain's state, as its parts say (domain-state.ts). */
  async stateOf(ctx: Ctx, domain: Domain): Promise<ProvisionState> {
    const parts = [];
    for (const part of this.parts) parts.push(await part(ctx, domain));
    return stateOf(domain, parts);
  }

  async list(ctx: Ctx, accountId: number | null): Promise<Domain[]> {
    const account = await accountForViewer(ctx, ctx.em, accountId);
    return ctx.em.find(Domain, { account: account.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  async get(ctx: Ctx, id: number): Promise<Domain> {
    const domain = await ctx.em.findOne(Domain, { id });
    if (!domain) throw notFound('Domain');
    return domain;
  }

  /**
   * A name nobody uses, across every tenant (a name resolves one way for the whole Internet). An
   * own zone (`own`) must also stay clear of every service domain and the names under it.
   */
  async assertNameFree(em: EntityManager, name: string, zone: 'own' | null): Promise<void> {
    const taken = await em.findOne(
      Domain,
      { $or: [{ name }, { instantAlias: name }] },
      unscoped('a domain name is free only if no tenant uses it (a name resolves one way for the whole Internet)'),
    );
    if (taken)
      throw badInput([
        {
          field: 'name',
          message:
            taken.state === ProvisionState.DELETING
              ? `${name} is being deleted; try again when it is gone`
              : `${name} is already hosted here`,
        },
      ]);
    if (zone !== 'own') return;
    for (const r of await em.find(
      Reseller,
      { serviceDomain: { $ne: null } },
      unscoped('an own zone must stay clear of every company’s service domain'),
    )) {
      if (isAtOrUnder(name, r.serviceDomain!) || isAtOrUnder(r.serviceDomain!, name)) {
        throw badInput([
          { field: 'name', message: `${name} collides with the provider’s service domain ${r.serviceDomain}` },
        ]);
      }
    }
  }

  /** a<account>-<5 random characters>: short, and tells support whose site it is. */
  async freeInstantLabel(em: EntityManager, account: Account, serviceDomain: string): Promise<string> {
    for (let i = 0; i < 10; i++) {
      const label = `a${account.id}-${crypto.randomBytes(4).toString('hex').slice(0, 5)}`;
      const name = `${label}.${serviceDomain}`;
      if (
        !(await em.count(
          Domain,
          { $or: [{ name }, { instantAlias: name }] },
          unscoped('an instant-access name must be free across every tenant'),
        ))
      )
        return label;
    }
    throw new Error('could not find a free instant-access name');
  }
}
