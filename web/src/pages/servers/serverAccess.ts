import type { PhysicalServerFieldsFragment } from '../../graphql/generated/graphql';

type Access = Pick<
  PhysicalServerFieldsFragment,
  'transport' | 'accessPublicKey' | 'accessConfirmedAt' | 'accessRevokedAt' | 'setupCommand' | 'hostKey'
>;

/**
 * The setup command the operator should run, or null. A revoked key's command is not offered even
 * if the API still returns one: the panel destroyed that key, so installing it would lead nowhere.
 */
export function pendingSetup(server: Access): string | null {
  return server.setupCommand && !server.accessRevokedAt ? server.setupCommand : null;
}

/** Which key actions a machine offers, from where its key stands (LOCAL machines have none). */
export function keyActionsOf(server: Access) {
  const ssh = server.transport === 'SSH';
  const hasKey = ssh && !!server.accessPublicKey && !server.accessRevokedAt;
  return {
    /** A key the machine has accepted: replaced through the agent itself. */
    rotate: hasKey && !pendingSetup(server),
    revoke: hasKey,
    /** Revoked, or never confirmed (no key yet, or its setup command not run): a new key and setup command. */
    issue: ssh && (!!server.accessRevokedAt || !server.accessConfirmedAt),
    forgetHostKey: ssh && !!server.hostKey,
  };
}
