import type { EntityManager } from '@mikro-orm/core';
import { appError } from '../../errors';
import { ResourceKind } from './enums';
import { PlanResource } from './plan-resource.entity';
import { unscoped } from '../../db/scope';

/** What limits need of an account (the accounts area's row, above this one): its plan, if any. */
export interface PlanHolder {
  plan: { id: number } | null;
}

/** Limits of an account without a plan (created before plans, or by an admin without one). null: no limit. */
export const DEFAULT_LIMITS: Readonly<Record<ResourceKind, number | null>> = {
  [ResourceKind.DOMAIN]: 10,
  [ResourceKind.WEB_SITE]: 10,
  [ResourceKind.MYSQL_DATABASE]: 10,
  [ResourceKind.MYSQL_USER]: 10,
  [ResourceKind.DISK_MB]: null,
  [ResourceKind.TRAFFIC_GB]: null,
  [ResourceKind.MAILBOX]: 10,
  [ResourceKind.DEDICATED_IP]: null, // only admins allocate them: without a plan, no limit
  [ResourceKind.ACCOUNT]: null, // a reseller quota, never an account's own limit
  [ResourceKind.SSL_CERTIFICATE]: null,
};

export const RESOURCE_LABEL: Readonly<Record<ResourceKind, string>> = {
  [ResourceKind.DOMAIN]: 'domains',
  [ResourceKind.WEB_SITE]: 'web sites',
  [ResourceKind.MYSQL_DATABASE]: 'MySQL databases',
  [ResourceKind.MYSQL_USER]: 'MySQL users',
  [ResourceKind.DISK_MB]: 'MB of disk',
  [ResourceKind.TRAFFIC_GB]: 'GB of traffic a month',
  [ResourceKind.MAILBOX]: 'mailboxes',
  [ResourceKind.DEDICATED_IP]: 'dedicated IP addresses',
  [ResourceKind.ACCOUNT]: 'accounts',
  [ResourceKind.SSL_CERTIFICATE]: 'SSL certificates',
};

/**
 * Every limit of an account: its plan's (a resource the plan does not list is not included: 0), or
 * the defaults when it has no plan.
 */
export async function limitsOf(em: EntityManager, account: PlanHolder): Promise<Record<ResourceKind, number | null>> {
  const planId = account.plan?.id;
  if (!planId) return { ...DEFAULT_LIMITS };
  const resources = await em.find(
    PlanResource,
    { plan: planId },
    unscoped('the resources of the account’s plan: the account in hand decides'),
  );
  const limits = Object.fromEntries(Object.values(ResourceKind).map((k) => [k, 0])) as Record<
    ResourceKind,
    number | null
  >;
  for (const r of resources) limits[r.kind] = r.maxUnits;
  return limits;
}

/**
 * Refuses one more of `kind` when the account already has `used` and its limit allows no more:
 * CONFLICT naming the resource and the limit (extensions: resource, limit).
 */
export async function assertWithinLimit(
  em: EntityManager,
  account: PlanHolder,
  kind: ResourceKind,
  used: number,
): Promise<void> {
  const limit = (await limitsOf(em, account))[kind];
  if (limit === null || used < limit) return;
  const label = RESOURCE_LABEL[kind];
  const message =
    limit === 0
      ? `The account’s plan does not include ${label}`
      : `The account’s plan allows at most ${limit} ${label}; delete one first or change to a bigger plan`;
  throw appError('CONFLICT', message, { resource: kind, limit });
}
