import type { MikroORM } from '@mikro-orm/core';
import { systemEm } from '../../../db/scope';
import type { Core } from '../../../module';
import { Task, TaskState } from '../../../tasks/task.entity';
import { Certificate } from '../certificate.entity';
import { AcmeChallenge } from './acme-challenge.entity';
import { CertificateSource, CertificateState } from '../enums';
import type { SslSettings } from '../settings';
import { queueIssue, SslTask } from './issue.handler';

/**
 * The periodic pass over certificates: HTTP-01 answers past their time go; any certificate past its end is EXPIRED; an ACME one within
 * `renewBeforeMs` of its end gets a renewal queued, unless one is queued or running already (a
 * failed renewal is tried again on a later pass, until the certificate expires).
 */
export async function checkCertificates(
  orm: MikroORM,
  core: Pick<Core, 'tasks'>,
  settings: SslSettings,
  now = new Date(),
): Promise<{ expired: number; renewals: number }> {
  const em = systemEm(orm, 'the renewal pass looks at every company’s certificates');
  // Answers an order left behind (its process died before withdrawing them).
  await em.nativeDelete(AcmeChallenge, { expiresAt: { $lt: now } });
  const expired = await em.nativeUpdate(
    Certificate,
    { state: CertificateState.ACTIVE, notAfter: { $lt: now } },
    { state: CertificateState.EXPIRED },
  );
  const due = await em.find(
    Certificate,
    {
      source: CertificateSource.ACME,
      state: CertificateState.ACTIVE,
      notAfter: { $lt: new Date(now.getTime() + settings.renewBeforeMs) },
    },
    { orderBy: { notAfter: 'asc' }, limit: 500 },
  );
  if (due.length === 0) return { expired, renewals: 0 };
  const busy = await em.find(Task, {
    kind: SslTask.issue,
    state: { $in: [TaskState.QUEUED, TaskState.RUNNING] },
  });
  const inHand = new Set(busy.map((t) => Number((t.payload as { certificateId?: number }).certificateId)));
  let renewals = 0;
  for (const cert of due) {
    if (inHand.has(cert.id)) continue;
    // A renewal that failed today waits for tomorrow's pass rather than hammering the authority.
    if (cert.lastErrorAt && now.getTime() - cert.lastErrorAt.getTime() < 20 * 3600_000) continue;
    queueIssue(em, core, cert, true);
    renewals++;
  }
  await em.flush();
  if (renewals) core.tasks.notify();
  return { expired, renewals };
}
