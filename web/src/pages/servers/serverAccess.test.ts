import { describe, expect, it } from 'vitest';
import { keyActionsOf, pendingSetup } from './serverAccess';

const at = '2025-01-01T00:00:00.000Z';
const ssh = {
  transport: 'SSH' as const,
  accessPublicKey: 'ssh-ed25519 AAAA',
  accessConfirmedAt: null as string | null,
  accessRevokedAt: null as string | null,
  setupCommand: null as string | null,
  hostKey: null as string | null,
};

describe('server access', () => {
  it('offers a new key and revoking while the setup command has not been run', () => {
    const waiting = { ...ssh, setupCommand: 'curl … | sh' };
    expect(pendingSetup(waiting)).toBe('curl … | sh');
    expect(keyActionsOf(waiting)).toEqual({ rotate: false, revoke: true, issue: true, forgetHostKey: false });
  });

  it('offers rotating and revoking a key in use, and forgetting the pinned host key', () => {
    const inUse = { ...ssh, accessConfirmedAt: at, hostKey: 'SHA256:abc' };
    expect(pendingSetup(inUse)).toBeNull();
    expect(keyActionsOf(inUse)).toEqual({ rotate: true, revoke: true, issue: false, forgetHostKey: true });
  });

  it('offers only a new key once revoked, and no setup command for the revoked key', () => {
    const revoked = { ...ssh, accessRevokedAt: at, setupCommand: 'curl … | sh' };
    expect(pendingSetup(revoked)).toBeNull();
    expect(keyActionsOf(revoked)).toEqual({ rotate: false, revoke: false, issue: true, forgetHostKey: false });
  });

  it('offers nothing for the panel’s own machine', () => {
    const local = { ...ssh, transport: 'LOCAL' as const, accessPublicKey: null };
    expect(keyActionsOf(local)).toEqual({ rotate: false, revoke: false, issue: false, forgetHostKey: false });
  });
});
