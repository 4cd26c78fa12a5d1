import type {
  IpKind,
  Language,
  LedgerKind,
  PhysicalServerStatus,
  PlacementPolicy,
  ProvisionState,
  ServerKind,
  ServerOs,
  ServerTransport,
  Skin,
  TaskState,
} from './generated/graphql';

/** Every value of the schema's enums the panel offers in a select, in display order. */
export const SKINS: readonly Skin[] = ['LEFT_MENU', 'NO_MENU', 'EXPRESSIA'];
export const LANGUAGES: readonly Language[] = ['EN', 'DE'];
export const SERVER_OSES: readonly ServerOs[] = ['LINUX', 'FREEBSD', 'WINDOWS'];
export const PHYSICAL_STATUSES: readonly PhysicalServerStatus[] = ['ONLINE', 'MAINTENANCE', 'OFFLINE'];
export const SERVER_TRANSPORTS: readonly ServerTransport[] = ['LOCAL', 'SSH'];
export const SERVER_KINDS: readonly ServerKind[] = ['WEB', 'MAIL', 'DNS', 'MYSQL', 'PGSQL', 'CP'];

export const PLACEMENT_POLICIES: readonly PlacementPolicy[] = ['RANDOM', 'LEAST_LOADED'];
export const IP_KINDS: readonly IpKind[] = ['SHARED', 'DEDICATED'];
export const TASK_STATES: readonly TaskState[] = ['QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED'];
/** In the order money usually moves: owed, paid, given, paid back. */
export const LEDGER_KINDS: readonly LedgerKind[] = ['CHARGE', 'PAYMENT', 'CREDIT', 'REFUND'];
export const PROVISION_STATES: readonly ProvisionState[] = ['QUEUED', 'ACTIVE', 'SUSPENDED', 'DELETING', 'FAILED'];

/** A value read from the URL or a select, if it is one of `values`; null otherwise. */
export function oneOf<T extends string>(values: readonly T[], value: string): T | null {
  return (values as readonly string[]).includes(value) ? (value as T) : null;
}
