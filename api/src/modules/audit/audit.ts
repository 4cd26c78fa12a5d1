import type { EntityManager } from '@mikro-orm/core';
import { preparedRun } from '../../db/prepared';
import { viaOf } from '../../graphql/context';
import { User } from '../identity';
import { Reseller } from '../resellers';
import { AuditEvent, type AuditedAccount } from './audit-event.entity';

export interface AuditSpec {
  resellerId: number;
  accountId?: number | null;
  actorId?: number | null;
  action: string;
  detail: string;
}

/**
 * Adds an audit event to `em`; it is written with the caller's next flush, in the caller's
 * transaction. What the request acts through besides the panel (an API token) is recorded with it,
 * read from `em` (graphql/context.ts viaOf), so no caller has to pass it.
 */
export function audit(em: EntityManager, spec: AuditSpec): AuditEvent {
  return em.create(AuditEvent, {
    reseller: em.getReference(Reseller, spec.resellerId),
    account: spec.accountId ? em.getReference<AuditedAccount>('Account', spec.accountId) : null,
    actor: spec.actorId ? em.getReference(User, spec.actorId) : null,
    action: spec.action,
    detail: spec.detail.slice(0, 1000),
    via: viaOf(em)?.slice(0, 120) ?? null,
  });
}

/**
 * The same event as `audit`, written at once by one prepared statement in `em`'s transaction, for
 * hot paths that write no entities (a card payment's booking). Nothing waits for a flush.
 */
export async function auditNow(em: EntityManager, spec: AuditSpec): Promise<void> {
  await preparedRun(
    em,
    'insert into audit_event (reseller_id, account_id, actor_id, action, detail, via, created_at) values (?, ?, ?, ?, ?, ?, ?)',
    [
      spec.resellerId,
      spec.accountId || null,
      spec.actorId || null,
      spec.action,
      spec.detail.slice(0, 1000),
      viaOf(em)?.slice(0, 120) ?? null,
      new Date(),
    ],
  );
}
