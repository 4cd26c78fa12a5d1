import type { DomainKind, ProvisionState, ResourceKind } from '../../graphql/generated/graphql';
import { DOMAINS_PATH, domainPath } from '../domains/pageIds';

/** Why a domain is not serving yet (or no longer): the reason picks the message and the tone. */
export type PendingReason = 'failed' | 'settingUp' | 'suspended' | 'deleting';

export interface HomeDomain {
  id: string;
  name?: string | null;
  unicodeName?: string | null;
  kind: DomainKind;
  state: ProvisionState;
  nameServers: readonly string[];
}

export interface PendingDomain<D extends HomeDomain> {
  domain: D;
  reason: PendingReason;
  /** Name servers to set at the registrar while its zone is being set up (own and parked domains). */
  nameServers: readonly string[];
  path: string;
}

const REASON: Record<Exclude<ProvisionState, 'ACTIVE'>, PendingReason> = {
  FAILED: 'failed',
  QUEUED: 'settingUp',
  SUSPENDED: 'suspended',
  DELETING: 'deleting',
};
const URGENCY: readonly PendingReason[] = ['failed', 'suspended', 'settingUp', 'deleting'];

/** The domains not active, most urgent first (failed, then suspended, then being set up), each with its page. */
export function pendingDomains<D extends HomeDomain>(domains: readonly D[]): PendingDomain<D>[] {
  return domains
    .filter((d) => d.state !== 'ACTIVE')
    .map((domain) => {
      const reason = REASON[domain.state as Exclude<ProvisionState, 'ACTIVE'>];
      const delegated = domain.kind === 'OWN' || domain.kind === 'PARKED';
      return {
        domain,
        reason,
        nameServers: reason === 'settingUp' && delegated ? domain.nameServers : [],
        path: domainPath(domain.id),
      };
    })
    .sort((a, b) => URGENCY.indexOf(a.reason) - URGENCY.indexOf(b.reason));
}

export interface Limit {
  kind: ResourceKind;
  limit: number | null;
  used: number | null;
}

export interface UsageBar {
  kind: ResourceKind;
  used: number;
  /** null: no limit (the bar shows the figure alone). */
  limit: number | null;
  /** How full, 0–100 (rounded; capped at 100); null without a limit. */
  percent: number | null;
  tone: 'ok' | 'near' | 'full';
}

/** Disk and traffic first (what customers watch), then the counted kinds in the API's order. */
const FIRST: readonly ResourceKind[] = ['DISK_MB', 'TRAFFIC_GB'];

/**
 * The plan's limits as bars. Counted kinds carry their use; disk and traffic take this month's
 * measures (disk: the month's peak; traffic: the month's sum). Kinds the plan does not include
 * (limit 0) and kinds with no use measured are left out.
 */
export function usageBars(limits: readonly Limit[], month?: { diskMb: number; trafficGb: number } | null): UsageBar[] {
  const measured: Partial<Record<ResourceKind, number>> = month
    ? { DISK_MB: month.diskMb, TRAFFIC_GB: month.trafficGb }
    : {};
  const bars: UsageBar[] = [];
  for (const l of limits) {
    const used = l.used ?? measured[l.kind] ?? null;
    if (used === null || l.limit === 0) continue;
    const percent = l.limit === null ? null : Math.min(100, Math.round((used / l.limit) * 100));
    const tone = percent === null || percent < 80 ? 'ok' : used >= (l.limit ?? Infinity) ? 'full' : 'near';
    bars.push({ kind: l.kind, used, limit: l.limit, percent, tone });
  }
  const rank = (k: ResourceKind) => (FIRST.includes(k) ? FIRST.indexOf(k) : FIRST.length);
  return bars.sort((a, b) => rank(a.kind) - rank(b.kind));
}

/** Where a customer sees what a task changed: its kind's area (`dns.putZone` → the domains). */
export function taskPath(kind: string): string | null {
  const area = kind.split('.')[0];
  if (area === 'dns' || area === 'web' || area === 'ssl' || area === 'acme') return DOMAINS_PATH;
  if (area === 'mysql') return '/databases';
  return null;
}

export interface HistoryMonth {
  month: string;
  diskMb: number;
  trafficGb: number;
  accountsOpened?: number | null;
  revenue?: { amount: string; currency: string } | null;
}

export type SeriesKey = 'diskMb' | 'trafficGb' | 'accountsOpened' | 'revenue';

export interface ChartSeries {
  key: SeriesKey;
  values: number[];
}

/**
 * The months as chart columns: a label per month and one series per figure. A company's history
 * (accounts opened, revenue) has four; an account's two. Revenue is drawn in major units (a chart,
 * not a sum: the amounts themselves stay strings everywhere else).
 */
export function chartSeries(months: readonly HistoryMonth[]): { labels: string[]; series: ChartSeries[] } {
  const company = months.some((m) => m.accountsOpened != null);
  const keys: SeriesKey[] = company ? ['diskMb', 'trafficGb', 'accountsOpened', 'revenue'] : ['diskMb', 'trafficGb'];
  return {
    labels: months.map((m) => m.month),
    series: keys.map((key) => ({
      key,
      values: months.map((m) =>
        key === 'revenue'
          ? Number(m.revenue?.amount ?? 0)
          : key === 'accountsOpened'
            ? (m.accountsOpened ?? 0)
            : m[key],
      ),
    })),
  };
}
