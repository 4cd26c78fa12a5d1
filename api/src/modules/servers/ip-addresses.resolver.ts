import { wrap } from '@mikro-orm/core';
import { Arg, Args, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId } from '../../errors';
import { ConnectionType, parsePage, type Connection } from '../../graphql/pagination';
import { Account } from '../accounts';
import { IpAddress } from './ip-address.entity';
import { LogicalServer } from './logical-server.entity';
import { AddIpAddressesInput, IpAddressesArgs } from './servers.inputs';
import type { IpAddressService } from './ip-addresses.service';
import { ListBound } from '../../graphql/list-bound';
import { MAX_ADDRESSES_PER_CALL } from './ip-ranges';

export const IpAddressConnection = ConnectionType(IpAddress, 'IpAddress');

/** IP address pools of logical servers (SRV-4). */
@Resolver(() => IpAddress)
export class IpAddressesResolver {
  constructor(private readonly api: { ipAddresses: IpAddressService }) {}

  @Access('master')
  @Query(() => IpAddressConnection, {
    description: 'Addresses of the pools, newest first. `search` matches part of the address.',
  })
  ipAddresses(@Context() ctx: Ctx, @Args(() => IpAddressesArgs) args: IpAddressesArgs): Promise<Connection<IpAddress>> {
    return this.api.ipAddresses.list(ctx, parsePage(args), {
      serverId: args.serverId != null ? parseId(args.serverId, 'serverId') : null,
      kind: args.kind,
      free: args.free,
    });
  }

  @Access('master')
  @ListBound(MAX_ADDRESSES_PER_CALL)
  @Mutation(() => [IpAddress], {
    description:
      'Adds addresses and IPv4 ranges to a server’s pool, at most 1024 in all. On any address already in a pool (or listed twice): CONFLICT naming it, and nothing is added.',
  })
  addIpAddresses(
    @Context() ctx: Ctx,
    @Arg('input', () => AddIpAddressesInput) input: AddIpAddressesInput,
  ): Promise<IpAddress[]> {
    return this.api.ipAddresses.add(ctx, input);
  }

  @Access('master')
  @Mutation(() => IpAddress, {
    description: 'Gives the account a free dedicated address of the server. CONFLICT when none is free.',
  })
  allocateIp(
    @Context() ctx: Ctx,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('serverId', () => ID) serverId: string,
  ): Promise<IpAddress> {
    return this.api.ipAddresses.allocate(ctx, parseId(accountId, 'accountId'), parseId(serverId, 'serverId'));
  }

  @Access('master')
  @Mutation(() => IpAddress, {
    description: 'Takes an allocated address back from its account. CONFLICT when it is not allocated.',
  })
  releaseIp(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<IpAddress> {
    return this.api.ipAddresses.release(ctx, parseId(id));
  }

  @Access('master')
  @Mutation(() => Boolean, { description: 'Removes a free address from its pool. CONFLICT while it is allocated.' })
  deleteIpAddress(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<boolean> {
    return this.api.ipAddresses.delete(ctx, parseId(id));
  }

  @FieldResolver(() => LogicalServer, { description: 'The logical server whose pool it is in.' })
  async server(@Context() ctx: Ctx, @Root() ip: IpAddress): Promise<LogicalServer> {
    return wrap(ip.server).isInitialized() ? ip.server : ctx.em.findOneOrFail(LogicalServer, { id: ip.server.id });
  }

  @FieldResolver(() => Account, {
    nullable: true,
    description: 'The account holding this dedicated address; null when free.',
  })
  async account(@Context() ctx: Ctx, @Root() ip: IpAddress): Promise<Account | null> {
    if (!ip.account) return null;
    return wrap(ip.account).isInitialized() ? ip.account : ctx.em.findOneOrFail(Account, { id: ip.account.id });
  }
}
