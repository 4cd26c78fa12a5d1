/** The plan editor's values as typed, the PlanInput built from them, and where the API's field errors show. */
import type {
  AdminPlanFieldsFragment,
  Money,
  Platform,
  PlanInput,
  ResourceKind,
} from '../../graphql/generated/graphql';

/** The billing periods a plan may offer, in months (the API refuses others). */
export const PERIOD_MONTHS = [1, 3, 6, 12, 24, 36] as const;

/** Every resource kind, in the order the editor lists them: counted ones, then metered ones. */
export const RESOURCE_KINDS: readonly ResourceKind[] = [
  'DOMAIN',
  'WEB_SITE',
  'MYSQL_DATABASE',
  'MYSQL_USER',
  'MAILBOX',
  'DEDICATED_IP',
  'SSL_CERTIFICATE',
  'DISK_MB',
  'TRAFFIC_GB',
  'ACCOUNT', // reseller plans only
];

export const PLATFORMS: readonly Platform[] = ['UNIX', 'WINDOWS'];

/** A period row of the form; `id` keeps React's rows apart when one is removed. */
export interface PeriodRow {
  id: string;
  months: string;
  discountPercent: string;
}

/** A resource row: one per kind, sent only when included. Figures as the inputs hold them. */
export interface ResourceRow {
  kind: ResourceKind;
  included: boolean;
  maxUnits: string;
  freeUnits: string;
  setupFee: string;
  recurringFee: string;
  usagePrice: string;
}

export type ResourceField = 'maxUnits' | 'freeUnits' | 'setupFee' | 'recurringFee' | 'usagePrice';

export interface PlanValues {
  name: string;
  description: string;
  platform: Platform;
  signupEnabled: boolean;
  moderated: boolean;
  /** A reseller plan (master only): its resources are quotas; ACCOUNT is offered. */
  forResellers: boolean;
  oversellPercent: string;
  setupFee: string;
  recurringFee: string;
  periods: PeriodRow[];
  resources: ResourceRow[];
}

let lastRowId = 0;
function rowId(): string {
  lastRowId += 1;
  return `period-${lastRowId}`;
}

export function periodRow(months: number, discountPercent = ''): PeriodRow {
  return { id: rowId(), months: String(months), discountPercent };
}

/** The shortest period no row offers yet; null when every one is taken. */
export function nextFreeMonths(rows: readonly PeriodRow[]): number | null {
  const taken = new Set(rows.map((r) => r.months));
  return PERIOD_MONTHS.find((m) => !taken.has(String(m))) ?? null;
}

/** An amount for an input: empty when free, so the placeholder shows. */
function priceText(money: Pick<Money, 'amount' | 'minorUnits'>): string {
  return BigInt(money.minorUnits) === 0n ? '' : money.amount;
}

function emptyResource(kind: ResourceKind): ResourceRow {
  return { kind, included: false, maxUnits: '', freeUnits: '', setupFee: '', recurringFee: '', usagePrice: '' };
}

/** A new plan: one monthly period, nothing included yet. */
export function emptyPlanValues(): PlanValues {
  return {
    name: '',
    description: '',
    platform: 'UNIX',
    signupEnabled: false,
    moderated: false,
    forResellers: false,
    oversellPercent: '',
    setupFee: '',
    recurringFee: '',
    periods: [periodRow(1)],
    resources: RESOURCE_KINDS.map(emptyResource),
  };
}

/** The form's values for a saved plan. */
export function planValuesFrom(plan: AdminPlanFieldsFragment): PlanValues {
  return {
    name: plan.name,
    description: plan.description,
    platform: plan.platform,
    signupEnabled: plan.signupEnabled,
    moderated: plan.moderated,
    forResellers: plan.forResellers,
    oversellPercent: plan.oversellPercent === 0 ? '' : String(plan.oversellPercent),
    setupFee: priceText(plan.setupFee),
    recurringFee: priceText(plan.recurringFee),
    periods: plan.periods.map((p) => periodRow(p.months, p.discountPercent === '0' ? '' : p.discountPercent)),
    resources: RESOURCE_KINDS.map((kind) => {
      const r = plan.resources.find((x) => x.kind === kind);
      if (!r) return emptyResource(kind);
      return {
        kind,
        included: true,
        maxUnits: r.maxUnits === null ? '' : String(r.maxUnits),
        freeUnits: r.freeUnits === 0 ? '' : String(r.freeUnits),
        setupFee: priceText(r.setupFee),
        recurringFee: priceText(r.recurringFee),
        usagePrice: priceText(r.usagePrice),
      };
    }),
  };
}

/** A count typed in: null when empty, 'invalid' unless a whole number of at least 0. */
function units(text: string): number | null | 'invalid' {
  const t = text.trim();
  if (t === '') return null;
  return /^\d{1,9}$/.test(t) ? Number(t) : 'invalid';
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The error key of each API field of the input built from `values`: resources are sent only when
 * included, so `resources.2.setupFee` is the third included kind, shown as `resource.<KIND>.setupFee`.
 * Periods are sent row by row: their keys stay as the API names them.
 */
export function errorKeys(values: PlanValues): Map<string, string> {
  const keys = new Map<string, string>();
  for (const f of [
    'name',
    'description',
    'platform',
    'signupEnabled',
    'moderated',
    'forResellers',
    'oversellPercent',
    'setupFee',
    'recurringFee',
    'periods',
    'resources',
  ])
    keys.set(f, f);
  values.periods.forEach((_, i) => {
    for (const f of ['months', 'discountPercent']) keys.set(`periods.${i}.${f}`, `periods.${i}.${f}`);
  });
  sentResources(values).forEach((r, i) => {
    for (const f of ['kind', 'maxUnits', 'freeUnits', 'setupFee', 'recurringFee', 'usagePrice'])
      keys.set(`resources.${i}.${f}`, resourceKey(r.kind, f));
  });
  return keys;
}

/** The rows sent: the included ones; customer accounts only on a reseller plan. */
function sentResources(values: PlanValues): ResourceRow[] {
  return values.resources.filter((r) => r.included && (values.forResellers || r.kind !== 'ACCOUNT'));
}

export function resourceKey(kind: ResourceKind, field: string): string {
  return `resource.${kind}.${field}`;
}

/** The API's field errors under the keys the form shows them by (see `errorKeys`). */
export function errorsByKey(fields: Record<string, string>, keys: Map<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([field, message]) => [keys.get(field) ?? field, message]));
}

export type PlanInputResult = { input: PlanInput; invalid?: never } | { input?: never; invalid: string[] };

/**
 * The PlanInput for the form's values. Counts that are not whole numbers are caught here (the API's
 * Int would refuse the whole request without naming the field): `invalid` lists their error keys.
 */
export function planInputFrom(values: PlanValues): PlanInputResult {
  const invalid: string[] = [];
  const oversell = values.forResellers ? units(values.oversellPercent) : null;
  if (oversell === 'invalid') invalid.push('oversellPercent');
  const resources = sentResources(values).map((r) => {
    const maxUnits = units(r.maxUnits);
    const freeUnits = units(r.freeUnits);
    if (maxUnits === 'invalid') invalid.push(resourceKey(r.kind, 'maxUnits'));
    if (freeUnits === 'invalid') invalid.push(resourceKey(r.kind, 'freeUnits'));
    return {
      kind: r.kind,
      maxUnits: maxUnits === 'invalid' ? null : maxUnits,
      freeUnits: freeUnits === 'invalid' ? null : freeUnits,
      setupFee: orNull(r.setupFee),
      recurringFee: orNull(r.recurringFee),
      usagePrice: orNull(r.usagePrice),
    };
  });
  if (invalid.length) return { invalid };
  return {
    input: {
      name: values.name.trim(),
      description: values.description.trim(),
      platform: values.platform,
      signupEnabled: values.forResellers ? false : values.signupEnabled,
      moderated: values.forResellers ? false : values.moderated,
      forResellers: values.forResellers,
      oversellPercent: oversell === 'invalid' ? null : oversell,
      setupFee: orNull(values.setupFee),
      recurringFee: orNull(values.recurringFee),
      periods: values.periods.map((p) => ({ months: Number(p.months), discountPercent: orNull(p.discountPercent) })),
      resources,
    },
  };
}
