import type { AccountMoveQuery, MovePlacementFieldsFragment } from '../../graphql/generated/graphql';

/** What the master admin can move of an account: its web sites, its DNS zones, its MySQL databases. */
export const MOVE_KINDS = ['WEB', 'DNS', 'MYSQL'] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

export const asMoveKind = (value: string): MoveKind => MOVE_KINDS.find((k) => k === value) ?? 'WEB';

/** A server an account is on. */
export type Placement = MovePlacementFieldsFragment;
/** A server it may go to, with what the select says of it. */
export type MoveTarget = AccountMoveQuery['logicalServers'][number];

/** Where an account is placed, as `account { servers zoneServers }` answers. */
export interface AccountPlacements {
  servers: readonly Placement[];
  zoneServers: readonly Placement[];
}

/**
 * Where the account's resources of `kind` are now: its one server of that kind (WEB, MYSQL), or
 * every name server holding its zones (DNS, two per zone). Empty when it has nothing of that kind.
 */
export function placementsOf(account: AccountPlacements, kind: MoveKind): Placement[] {
  return kind === 'DNS' ? [...account.zoneServers] : account.servers.filter((s) => s.kind === kind);
}

const groupOf = (s: { group: { id: string } | null }) => s.group?.id ?? null;

/**
 * Where resources on `from` may go, by name: the servers of its kind in its group (servers without
 * a group count as one group), except those in `holding` (every server the account's resources of
 * that kind are on: for DNS both name servers of each zone, since a zone cannot be twice on one) and
 * `from` itself. MySQL databases move only between servers of one driver. Disabled servers and
 * those on a machine that is down stay listed (the select says so; the API refuses them) so the
 * admin sees the whole group.
 */
export function moveTargets(
  servers: readonly MoveTarget[],
  from: Placement,
  holding: readonly Placement[],
): MoveTarget[] {
  const taken = new Set([from.id, ...holding.map((s) => s.id)]);
  return servers
    .filter(
      (s) =>
        s.kind === from.kind &&
        groupOf(s) === groupOf(from) &&
        !taken.has(s.id) &&
        (from.kind !== 'MYSQL' || s.driver === from.driver),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}
