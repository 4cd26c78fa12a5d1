import type { EntityManager } from '@mikro-orm/core';

/**
 * Tenant scope: one MikroORM filter, on by default for every customer-owned entity.
 * Its parameters are set once per request from the viewer (see graphql/context.ts);
 * a query run without them throws instead of leaking rows across resellers.
 */
export const SCOPE = 'scope';

export interface ScopeParams {
  /** System work (CLI, migrations, session lookup) and the master admin: no restriction. */
  all?: boolean;
  /** The reseller (tenant) whose rows are visible. */
  resellerId?: number;
  /** Set for end users: only their own user row and accounts. */
  userId?: number;
}

export function requireScope(args: ScopeParams | undefined): ScopeParams {
  if (!args || (!args.all && typeof args.resellerId !== 'number')) {
    throw new Error('Tenant scope not set: refusing an unscoped query');
  }
  return args;
}

export const systemScope: ScopeParams = { all: true };

/** Filter condition for rows an account owns: its reseller's admins see them, and of end users only the account's owner. */
export function accountOwnedScope(args: ScopeParams) {
  const s = requireScope(args);
  if (s.all) return {};
  return s.userId === undefined ? { reseller: s.resellerId } : { reseller: s.resellerId, account: { owner: s.userId } };
}

/**
 * Find options that lift the tenant filter for one query, spread into the options or passed as they are:
 * `em.find(X, where, { ...unscoped('why'), orderBy })`. Like systemEm, it takes the reason as a string
 * literal: db/scope-bypasses.test.ts lists every bypass, and fails on one without a reason or on a
 * `filters: false` written anywhere but here.
 */
export function unscoped(reason: string): { filters: false } {
  void reason; // read by the bypass listing, not at run time
  return { filters: false };
}

/** A fresh EntityManager with system scope (every tenant's rows): engine work, the CLI, test set-up. */
export function systemEm(from: { em: EntityManager } | EntityManager, reason: string): EntityManager {
  void reason; // read by the bypass listing, not at run time
  const base = 'fork' in from ? from : from.em;
  const em = base.fork({ clear: true });
  em.setFilterParams(SCOPE, systemScope);
  return em;
}

/** Filter condition for rows a company owns (plans, tax rates): every user sees only their own company's rows. */
export function resellerOwnedScope(args: ScopeParams) {
  const s = requireScope(args);
  return s.all ? {} : { reseller: s.resellerId };
}
