import { describe, expect, it } from 'vitest';
import { takeImpersonationToken, tokenFromHash } from './impersonationToken';

/** An address bar: `replaceState` changes what `location` shows, as the browser's does. */
function addressBar(url: string) {
  const current = new URL(url);
  const calls: unknown[][] = [];
  const location = {
    get hash() {
      return current.hash;
    },
    get pathname() {
      return current.pathname;
    },
    get search() {
      return current.search;
    },
  };
  const history = {
    state: { key: 'k1' },
    replaceState(...args: unknown[]) {
      calls.push(args);
      const next = new URL(String(args[2]), current);
      current.hash = next.hash;
      current.pathname = next.pathname;
      current.search = next.search;
    },
  };
  return { location, history, calls, href: () => current.href };
}

describe('tokenFromHash', () => {
  it('takes the fragment without its #', () => {
    expect(tokenFromHash('#abc_DEF-123')).toBe('abc_DEF-123');
  });

  it('gives null without a fragment', () => {
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#')).toBeNull();
  });
});

describe('takeImpersonationToken', () => {
  it('returns the token and removes it from the address bar, keeping path, query and state', () => {
    const bar = addressBar('http://cp.reseller.example:8080/impersonate?x=1#secret-token');
    expect(takeImpersonationToken(bar)).toBe('secret-token');
    expect(bar.href()).toBe('http://cp.reseller.example:8080/impersonate?x=1');
    expect(bar.calls).toEqual([[{ key: 'k1' }, '', '/impersonate?x=1']]);
  });

  it('finds nothing the second time (a link is used once)', () => {
    const bar = addressBar('http://cp.reseller.example/impersonate#secret-token');
    takeImpersonationToken(bar);
    expect(takeImpersonationToken(bar)).toBeNull();
    expect(bar.calls).toHaveLength(1);
  });

  it('leaves an address without a fragment alone', () => {
    const bar = addressBar('http://cp.reseller.example/impersonate');
    expect(takeImpersonationToken(bar)).toBeNull();
    expect(bar.calls).toEqual([]);
  });
});
