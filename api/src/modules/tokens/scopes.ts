import { registerEnumType } from 'type-graphql';

/**
 * What an API token may do: read, or read and write, per group of areas. Every Query and Mutation
 * field belongs to exactly one group (derived from the area whose resolver declares it) or is
 * refused to every token (its own management, sign-in, password, sessions, preferences).
 */
export enum ApiScopeGroup {
  ACCOUNTS = 'ACCOUNTS',
  DOMAINS = 'DOMAINS',
  DATABASES = 'DATABASES',
  BILLING = 'BILLING',
  SUPPORT = 'SUPPORT',
  CLUSTER = 'CLUSTER',
  COMPANY = 'COMPANY',
  WEBHOOKS = 'WEBHOOKS',
}

export enum ApiScopeAccess {
  READ = 'READ',
  READ_WRITE = 'READ_WRITE',
}

registerEnumType(ApiScopeGroup, {
  name: 'ApiScopeGroup',
  description: 'A group of the API an API token may be given access to.',
  valuesConfig: {
    ACCOUNTS: { description: 'Users, accounts, staff logins, companies (resellers) and the viewer.' },
    DOMAINS: { description: 'Domains, DNS zones and records, web sites and SSL certificates.' },
    DATABASES: { description: 'MySQL databases and their users.' },
    BILLING: { description: 'Plans, invoices, balances, payments, gateways, taxes and quotas.' },
    SUPPORT: { description: 'Tickets, the knowledge base and custom jobs.' },
    CLUSTER: { description: 'Servers, IP addresses, tasks and operator alerts (master admin).' },
    COMPANY: { description: 'The company’s brand, mail templates and audit trail.' },
    WEBHOOKS: { description: 'Webhooks (the company’s, or the account’s own) and their delivery log.' },
  },
});

registerEnumType(ApiScopeAccess, {
  name: 'ApiScopeAccess',
  description: 'Whether a token reads a group (queries) or also changes it (mutations).',
  valuesConfig: {
    READ: { description: 'Queries only.' },
    READ_WRITE: { description: 'Queries and mutations.' },
  },
});

/** Refused to every token whatever its scopes. */
export const TOKEN_FORBIDDEN = 'TOKEN_FORBIDDEN';
export type ScopeOf = ApiScopeGroup | typeof TOKEN_FORBIDDEN;

/**
 * The group of each area's operations (by the area's name in its manifest). A new area with
 * operations must be added here: tokens.scopes.test.ts fails until it is.
 */
export const AREA_GROUPS: Readonly<Record<string, ScopeOf>> = {
  // Sign-in, sessions, the password, preferences, and whatever self-security it adds (two-factor,
  // recovery) are no token's: refused unless listed in FIELD_GROUPS below.
  identity: TOKEN_FORBIDDEN,
  accounts: ApiScopeGroup.ACCOUNTS,
  // the home pages: counts over accounts (usageHistory, of money and use, is BILLING's below)
  overview: ApiScopeGroup.ACCOUNTS,
  users: ApiScopeGroup.ACCOUNTS,
  resellers: ApiScopeGroup.ACCOUNTS,
  domains: ApiScopeGroup.DOMAINS,
  dns: ApiScopeGroup.DOMAINS,
  web: ApiScopeGroup.DOMAINS,
  ssl: ApiScopeGroup.DOMAINS,
  mysql: ApiScopeGroup.DATABASES,
  plans: ApiScopeGroup.BILLING,
  billing: ApiScopeGroup.BILLING,
  payments: ApiScopeGroup.BILLING,
  quotas: ApiScopeGroup.BILLING,
  support: ApiScopeGroup.SUPPORT,
  knowledge: ApiScopeGroup.SUPPORT,
  jobs: ApiScopeGroup.SUPPORT,
  servers: ApiScopeGroup.CLUSTER,
  tasks: ApiScopeGroup.CLUSTER,
  alerts: ApiScopeGroup.CLUSTER,
  theming: ApiScopeGroup.COMPANY,
  notifications: ApiScopeGroup.COMPANY,
  audit: ApiScopeGroup.COMPANY,
  webhooks: ApiScopeGroup.WEBHOOKS,
  tokens: TOKEN_FORBIDDEN,
};

/**
 * Operations whose group is not their area's: what a token may use of the identity area, the
 * cross-area flows (each where its effect is; a new flow is refused until it is placed here), and
 * the audit trail the billing area serves.
 */
export const FIELD_GROUPS: Readonly<Record<string, ScopeOf>> = {
  // identity: who the token's owner is, the company's brand, its support staff logins
  viewer: ApiScopeGroup.ACCOUNTS,
  branding: ApiScopeGroup.COMPANY,
  staffLogins: ApiScopeGroup.ACCOUNTS,
  createStaffLogin: ApiScopeGroup.ACCOUNTS,
  setStaffLoginDisabled: ApiScopeGroup.ACCOUNTS,
  // accounts: the active account is a browser session's
  switchAccount: TOKEN_FORBIDDEN,
  // flows (an area of cross-area operations)
  impersonateUser: TOKEN_FORBIDDEN,
  redeemImpersonation: TOKEN_FORBIDDEN,
  endImpersonation: TOKEN_FORBIDDEN,
  addDomain: ApiScopeGroup.DOMAINS,
  deleteDomain: ApiScopeGroup.DOMAINS,
  signup: ApiScopeGroup.ACCOUNTS,
  addAccount: ApiScopeGroup.ACCOUNTS,
  approveAccount: ApiScopeGroup.ACCOUNTS,
  rejectAccount: ApiScopeGroup.ACCOUNTS,
  createReseller: ApiScopeGroup.ACCOUNTS,
  suspendReseller: ApiScopeGroup.ACCOUNTS,
  resumeReseller: ApiScopeGroup.ACCOUNTS,
  deleteReseller: ApiScopeGroup.ACCOUNTS,
  changePlan: ApiScopeGroup.BILLING,
  planChangeQuote: ApiScopeGroup.BILLING,
  setResellerPlan: ApiScopeGroup.BILLING,
  firstRunChecklist: ApiScopeGroup.CLUSTER,
  setUpSingleMachine: ApiScopeGroup.CLUSTER,
  // overview: use and money over time
  usageHistory: ApiScopeGroup.BILLING,
  // billing serves the audit trail
  auditEvents: ApiScopeGroup.COMPANY,
};

/** A token's grant of one group. */
export interface ScopeGrant {
  group: ApiScopeGroup;
  access: ApiScopeAccess;
}

/** The group an operation belongs to: its own entry, else its area's; undefined when neither is known. */
export function scopeOf(field: string, area: string | undefined): ScopeOf | undefined {
  return FIELD_GROUPS[field] ?? (area === undefined ? undefined : AREA_GROUPS[area]);
}

/** Whether `grants` allow an operation of `group`: a query needs READ, a mutation READ_WRITE. */
export function grants(scopes: readonly ScopeGrant[], group: ApiScopeGroup, write: boolean): boolean {
  return scopes.some((s) => s.group === group && (!write || s.access === ApiScopeAccess.READ_WRITE));
}

/** Scopes as stored: `DOMAINS:READ_WRITE,BILLING:READ`. */
export function encodeScopes(scopes: readonly ScopeGrant[]): string {
  return scopes.map((s) => `${s.group}:${s.access}`).join(',');
}

export function decodeScopes(text: string): ScopeGrant[] {
  const groups = new Set<string>(Object.values(ApiScopeGroup));
  const accesses = new Set<string>(Object.values(ApiScopeAccess));
  return text
    .split(',')
    .map((part) => part.split(':'))
    .filter(([g, a]) => g !== undefined && a !== undefined && groups.has(g) && accesses.has(a))
    .map(([g, a]) => ({ group: g as ApiScopeGroup, access: a as ApiScopeAccess }));
}
