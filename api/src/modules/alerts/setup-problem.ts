import { DomainError } from '../../errors';

/** The reason every setup problem carries in extensions.reason, for clients to branch on. */
export const PROVIDER_SETUP = 'PROVIDER_SETUP';

/** What a customer is told instead of the operator's reason. */
export const CUSTOMER_MESSAGE = 'This can’t be done right now; your provider has been told.';

/** Panel pages where setup problems are fixed (the web app's routes). */
export const FIX = {
  serverGroups: '/admin/servers/groups',
  physicalServers: '/admin/servers/physical',
  logicalServers: '/admin/servers/logical',
  ipAddresses: '/admin/servers/ips',
  settings: '/admin/settings',
} as const;

export interface SetupProblem {
  /** One alert per company and key, e.g. `NO_ROOM:DNS`. */
  key: string;
  /** The operator's reason: what is missing and what to add. */
  message: string;
  /** The panel page that fixes it (FIX). */
  fixPath: string;
  /** Whose admins can fix it: the root company (servers are the master's) or one reseller. */
  company: 'root' | { resellerId: number };
  /**
   * The e-mail's subject and first sentence, when the problem did not stop a customer's request
   * (a server that stopped answering); by default they say a request failed.
   */
  mail?: { subject: string; intro: string };
}

/**
 * A CONFLICT caused by the provider's setup, not by the request. Thrown like any error; at the
 * GraphQL edge (alerts.plugin.ts) it becomes an alert for the company's admins, and a customer
 * sees CUSTOMER_MESSAGE instead of `message`.
 */
export class SetupProblemError extends DomainError {
  constructor(
    readonly problem: SetupProblem,
    extensions: Record<string, unknown> = {},
  ) {
    super('CONFLICT', problem.message, { reason: PROVIDER_SETUP, ...extensions });
    this.name = 'SetupProblemError';
  }
}

/** The one function services call for a setup problem: returns the error to throw. */
export function setupProblem(problem: SetupProblem, extensions: Record<string, unknown> = {}): SetupProblemError {
  return new SetupProblemError(problem, extensions);
}
