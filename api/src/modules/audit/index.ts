import { defineModule } from '../../module';
import { AuditEvent } from './audit-event.entity';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';

/** The audit trail: who did what to money, accounts and plans, and through what (an API token). */
export const auditModule = defineModule({ name: 'audit', entities: [AuditEvent], migrations: { sqlite, postgresql } });

export { AuditEvent, type AuditedAccount } from './audit-event.entity';
export { audit, type AuditSpec } from './audit';
