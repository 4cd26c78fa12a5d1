import type { EntityManager } from '@mikro-orm/core';
import type { TaskService } from '../../tasks/tasks.service';
import { systemEm } from '../../db/scope';
import { ImpersonationTicket } from './impersonation-ticket.entity';
import { MailedToken } from './mailed-token.entity';
import { PasskeyRegistration } from './passkey-registration.entity';
import { PendingSignIn } from './pending-sign-in.entity';

const HOUR_MS = 3_600_000;

/**
 * Deletes what sign-in leaves behind once it has expired: pending second-factor sign-ins, passkey
 * registrations never finished, mailed reset and verification links never used, log-in-as links
 * never redeemed. Each is useless once expired (every use checks the time), so this only keeps the
 * tables small; answers how many rows went.
 */
export async function sweepExpired(em: EntityManager, now = new Date()): Promise<number> {
  const counts = await Promise.all(
    [PendingSignIn, PasskeyRegistration, MailedToken, ImpersonationTicket].map((entity) =>
      em.nativeDelete(entity, { expiresAt: { $lt: now } }),
    ),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/** Runs the sweep hourly where a worker runs. */
export function scheduleExpiredSweep(tasks: TaskService): void {
  tasks.every('identity.sweepExpired', HOUR_MS, async ({ orm, log }) => {
    const removed = await sweepExpired(systemEm(orm, 'the hourly sweep of expired sign-in leftovers, every company'));
    if (removed > 0) log.info({ removed }, 'expired sign-in leftovers removed');
  });
}
