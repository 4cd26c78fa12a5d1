import { registerEnumType } from 'type-graphql';

/** Where a provisioned resource (database, login, grant, zone, web site, domain) stands with its real server. */
export enum ProvisionState {
  QUEUED = 'QUEUED',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DELETING = 'DELETING',
  FAILED = 'FAILED',
}
registerEnumType(ProvisionState, {
  name: 'ProvisionState',
  description:
    'QUEUED: the task that creates or changes it has not finished. ACTIVE: in place on the server. SUSPENDED: locked with its account. DELETING: removal queued. FAILED: the task ran out of attempts (see Events and processes).',
});
