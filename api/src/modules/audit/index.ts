import { defineModule } from '../../module';
import { audit } from './audit';
import { AuditEvent } from './audit-event.entity';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';

/** The audit trail: who did what to money, accounts and plans, through what (an API token), and which logins reset their password. */
export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEvent],
  migrations: { sqlite, postgresql },
  events(bus) {
    // Identity, below this area, cannot write here itself: it says so with an event.
    bus.onInTransaction('user.passwordReset', async ({ user, ip }, { em }) => {
      audit(em, {
        resellerId: user.reseller.id,
        actorId: user.id,
        action: 'user.passwordReset',
        detail: `Password of ${user.login} set with a mailed reset link from ${ip}; every session signed out`,
      });
      await em.flush();
    });
    bus.onInTransaction('user.securityChanged', async ({ user, byId, what }, { em }) => {
      audit(em, {
        resellerId: user.reseller.id,
        actorId: byId,
        action: 'user.securityChanged',
        detail: `Sign-in security of ${user.login}: ${what}`,
      });
      await em.flush();
    });
  },
});

export { AuditEvent, type AuditedAccount } from './audit-event.entity';
export { audit, auditNow, type AuditSpec } from './audit';
