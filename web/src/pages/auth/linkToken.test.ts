import { describe, expect, it } from 'vitest';
import { takeLinkToken } from './linkToken';

function fakeWindow(href: string) {
  const calls: string[] = [];
  const win = {
    location: { href } as Location,
    history: {
      state: { idx: 3 },
      replaceState: (_s: unknown, _t: string, url: string) => calls.push(url),
    } as unknown as History,
  };
  return { win, calls };
}

describe('takeLinkToken', () => {
  it('takes the token and removes it from the address bar, keeping the rest', () => {
    const { win, calls } = fakeWindow('https://cp.example.test/reset-password?token=abc_DEF-123&lang=de#top');
    expect(takeLinkToken(win)).toBe('abc_DEF-123');
    expect(calls).toEqual(['/reset-password?lang=de#top']);
  });

  it('answers null without a token, and leaves the address alone', () => {
    const { win, calls } = fakeWindow('https://cp.example.test/verify-email');
    expect(takeLinkToken(win)).toBeNull();
    expect(calls).toEqual([]);
  });

  it('an empty token is none', () => {
    const { win } = fakeWindow('https://cp.example.test/verify-email?token=');
    expect(takeLinkToken(win)).toBeNull();
  });
});
