import type { SiteMoveServersQuery } from '../../graphql/generated/graphql';

export type MoveTarget = SiteMoveServersQuery['logicalServers'][number];

/** The servers of one server group (`group` null: those in none), as the select shows them. */
export interface MoveTargetGroup {
  group: { id: string; name: string } | null;
  servers: MoveTarget[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/**
 * Where an account's sites may go, by group (groups by name, servers without one last). The API
 * does not say which web server an account is on; once a move made here has told it (`current`,
 * a server name), only the other servers of its group are offered. Otherwise every web server is,
 * and the API refuses one outside the group or the current one itself.
 */
export function moveTargets(servers: readonly MoveTarget[], current: string | null): MoveTargetGroup[] {
  const here = current === null ? undefined : servers.find((s) => s.name === current);
  const offered = here
    ? servers.filter((s) => s.id !== here.id && (s.group?.id ?? null) === (here.group?.id ?? null))
    : servers;
  const groups = new Map<string | null, MoveTargetGroup>();
  for (const s of offered) {
    const key = s.group?.id ?? null;
    const entry = groups.get(key) ?? { group: s.group ? { id: s.group.id, name: s.group.name } : null, servers: [] };
    entry.servers.push(s);
    groups.set(key, entry);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, servers: [...g.servers].sort(byName) }))
    .sort((a, b) => (a.group && b.group ? byName(a.group, b.group) : a.group ? -1 : b.group ? 1 : 0));
}
