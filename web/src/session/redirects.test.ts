import { describe, expect, it } from 'vitest';
import { redirectFor } from './redirects';

describe('redirectFor', () => {
  it('sends every route to /setup until setup is done', () => {
    for (const p of ['/', '/login', '/admin/users', '/preferences'])
      expect(redirectFor(p, { needsSetup: true, signedIn: false })).toBe('/setup');
    expect(redirectFor('/setup', { needsSetup: true, signedIn: false })).toBeNull();
  });

  it('sends signed-out visitors to /login', () => {
    expect(redirectFor('/admin/accounts', { needsSetup: false, signedIn: false })).toBe('/login');
    expect(redirectFor('/setup', { needsSetup: false, signedIn: false })).toBe('/login');
    expect(redirectFor('/login', { needsSetup: false, signedIn: false })).toBeNull();
    expect(redirectFor('/signup', { needsSetup: false, signedIn: false })).toBeNull();
  });

  it('opens a "log in as" link whoever is signed in', () => {
    expect(redirectFor('/impersonate', { needsSetup: false, signedIn: false })).toBeNull();
    expect(redirectFor('/impersonate', { needsSetup: false, signedIn: true })).toBeNull();
  });

  it('opens the mailed links (forgot password, reset, verify the address) signed in or out', () => {
    for (const p of ['/forgot-password', '/reset-password', '/verify-email'])
      for (const signedIn of [false, true]) expect(redirectFor(p, { needsSetup: false, signedIn })).toBeNull();
    expect(redirectFor('/reset-password', { needsSetup: true, signedIn: false })).toBe('/setup');
  });

  it('leaves the public knowledge base to decide for itself, signed in or not', () => {
    for (const p of ['/kb', '/kb/dns-basics'])
      for (const signedIn of [false, true]) expect(redirectFor(p, { needsSetup: false, signedIn })).toBeNull();
    expect(redirectFor('/kbx', { needsSetup: false, signedIn: false })).toBe('/login');
    expect(redirectFor('/knowledge', { needsSetup: false, signedIn: false })).toBe('/login');
  });

  it('sends signed-in users away from /login and /setup', () => {
    expect(redirectFor('/login', { needsSetup: false, signedIn: true })).toBe('/');
    expect(redirectFor('/setup', { needsSetup: false, signedIn: true })).toBe('/');
    expect(redirectFor('/password', { needsSetup: false, signedIn: true })).toBeNull();
  });

  it('keeps an admin who must set up two-factor sign-in on the security page', () => {
    const state = { needsSetup: false, signedIn: true, mustEnrolTwoFactor: true };
    for (const p of ['/', '/login', '/admin/users', '/preferences']) expect(redirectFor(p, state)).toBe('/security');
    expect(redirectFor('/security', state)).toBeNull();
    expect(redirectFor('/impersonate', state)).toBeNull();
    expect(redirectFor('/admin/users', { ...state, mustEnrolTwoFactor: false })).toBeNull();
  });
});
