import { domainToUnicode } from 'node:url';
import { Arg, Ctx as Context, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId, parseOptionalId } from '../../errors';
import { Account, accountOf } from '../accounts';
import { Domain } from './domain.entity';
import { ProvisionState } from '../../tasks/provision-state';
import type { DomainService } from './domains.service';
import { ListBound } from '../../graphql/list-bound';

/**
 * Domains and the fields that are the domain's own. Adding and deleting one are flows
 * (flows/domain-add.ts, flows/domain-delete.ts); dns adds its zone and records, web its site.
 */
@Resolver(() => Domain)
export class DomainsResolver {
  constructor(private readonly api: { domains: DomainService }) {}

  @Access('user')
  @ListBound(200)
  @Query(() => [Domain], {
    description: 'Domains of an account you own or manage (default: your active account), oldest first; the first 200.',
  })
  domains(
    @Context() ctx: Ctx,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string | null,
  ): Promise<Domain[]> {
    return this.api.domains.list(ctx, parseOptionalId(accountId, 'accountId'));
  }

  @Access('user')
  @Query(() => Domain, { description: 'One domain you own or manage. NOT_FOUND otherwise.' })
  domain(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Domain> {
    return this.api.domains.get(ctx, parseId(id));
  }

  @FieldResolver(() => ProvisionState, {
    description:
      'QUEUED until its zone (or service-zone records) and site are in place, then ACTIVE; FAILED if one of them failed for good; DELETING while they are removed.',
  })
  async state(@Context() ctx: Ctx, @Root() domain: Domain): Promise<ProvisionState> {
    return this.api.domains.stateOf(ctx, domain);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The name as people read it (Unicode for IDN).' })
  unicodeName(@Root() domain: Domain): string | null {
    return domain.name ? domainToUnicode(domain.name) || domain.name : null;
  }

  @FieldResolver(() => Account)
  account(@Context() ctx: Ctx, @Root() domain: Domain): Promise<Account> {
    return accountOf(ctx, domain);
  }
}
