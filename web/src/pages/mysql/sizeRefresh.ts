import type { ProvisionState } from '../../graphql/generated/graphql';

interface Measured {
  id: string;
  state: ProvisionState;
  sizeCheckedAt?: string | null;
}

/** States of the databases the server measures (the others are not on it, or are going). */
const MEASURABLE: readonly ProvisionState[] = ['ACTIVE', 'SUSPENDED'];

/** When each measurable database was last measured, at the moment its sizes were asked for. */
export type SizeSnapshot = ReadonlyMap<string, string | null>;

export function sizeSnapshot(databases: readonly Measured[]): SizeSnapshot {
  return new Map(databases.filter((d) => MEASURABLE.includes(d.state)).map((d) => [d.id, d.sizeCheckedAt ?? null]));
}

/**
 * Whether the refresh asked for at `before` has run: every database asked about that is still
 * measurable was measured again (the task updates them together). Deleted ones no longer count.
 */
export function sizesRefreshed(before: SizeSnapshot, databases: readonly Measured[]): boolean {
  return databases.every(
    (d) => !before.has(d.id) || !MEASURABLE.includes(d.state) || (d.sizeCheckedAt ?? null) !== before.get(d.id),
  );
}
