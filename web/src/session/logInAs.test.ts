import { describe, expect, it } from 'vitest';
import type { Role } from '../graphql/generated/graphql';
import { canLogInAs } from './logInAs';

const viewer = (role: Role, impersonator: object | null = null) => ({ role, user: { id: '1' }, impersonator });
const user = (role: Role, id = '2') => ({ id, role });

describe('canLogInAs', () => {
  it('lets the master admin in as reseller admins and end users, not as a master admin', () => {
    expect(canLogInAs(viewer('MASTER_ADMIN'), user('RESELLER_ADMIN'))).toBe(true);
    expect(canLogInAs(viewer('MASTER_ADMIN'), user('END_USER'))).toBe(true);
    expect(canLogInAs(viewer('MASTER_ADMIN'), user('MASTER_ADMIN'))).toBe(false);
  });

  it('lets a reseller admin in as end users only', () => {
    expect(canLogInAs(viewer('RESELLER_ADMIN'), user('END_USER'))).toBe(true);
    expect(canLogInAs(viewer('RESELLER_ADMIN'), user('RESELLER_ADMIN'))).toBe(false);
  });

  it('offers nothing to end users, for oneself, or while signed in as someone else', () => {
    expect(canLogInAs(viewer('END_USER'), user('END_USER'))).toBe(false);
    expect(canLogInAs(viewer('MASTER_ADMIN'), user('RESELLER_ADMIN', '1'))).toBe(false);
    expect(canLogInAs(viewer('MASTER_ADMIN', { login: 'admin' }), user('END_USER'))).toBe(false);
  });
});
