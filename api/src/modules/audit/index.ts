import { defineModule } from '../../module';
import { AuditEvent } from './audit-event.entity';

/** The audit trail: who did what to money, accounts and plans. */
export const auditModule = defineModule({ name: 'audit', entities: [AuditEvent] });

export { AuditEvent, type AuditedAccount } from './audit-event.entity';
export { audit, type AuditSpec } from './audit';
