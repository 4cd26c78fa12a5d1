import { registerEnumType } from 'type-graphql';

/** Whether a reseller's company runs (RES beyond: the master admin suspends and resumes resellers). */
export enum ResellerStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}

registerEnumType(ResellerStatus, { name: 'ResellerStatus' });
