import type { EntityManager } from '@mikro-orm/core';
import { conflict, notFound } from '../../errors';
import { AccountServer } from './account-server.entity';
import { ServerHealth, type ServerKind } from './enums';
import { LogicalServer } from './logical-server.entity';

/**
 * The checks every move of an account's resources makes of where they go (web sites, zones,
 * databases, `what` in messages): `toId` is a server of `kind`, not `from` itself, in `from`'s
 * group, enabled, on a machine that answers. NOT_FOUND for an unknown ID, CONFLICT naming the
 * reason otherwise.
 */
export async function moveTarget(
  em: EntityManager,
  move: { from: LogicalServer; toId: number; kind: ServerKind; what: string },
): Promise<LogicalServer> {
  const { from, toId, kind, what } = move;
  const to = await em.findOne(LogicalServer, { id: toId }, { populate: ['physical'] });
  if (!to) throw notFound('Logical server');
  if (to.kind !== kind) throw conflict(`${to.name} is a ${to.kind} server, not ${kind}`);
  if (to.id === from.id) throw conflict(`${what} is on ${to.name} already`);
  if (from.group?.id !== to.group?.id)
    throw conflict(`${to.name} is not in the group of ${from.name}; ${what} moves within its group`);
  if (!to.enabled) throw conflict(`${to.name} is disabled: it takes nothing new`);
  if (to.physical.health === ServerHealth.DOWN) throw conflict(`${to.name}'s machine does not answer`);
  return to;
}

/** The account's server of `kind` (its placement), which a move starts from; CONFLICT when it has none. */
export async function placedServer(em: EntityManager, accountId: number, kind: ServerKind): Promise<AccountServer> {
  const placed = await em.findOne(AccountServer, { account: accountId, kind }, { populate: ['server'] });
  if (!placed) throw conflict(`account ${accountId} has no ${kind} server yet; nothing to move`);
  return placed;
}
