import { describe, expect, it } from 'vitest';
import { bytesFormatter } from './format';

describe('bytesFormatter', () => {
  it('picks the largest unit with at most one decimal', () => {
    const f = bytesFormatter('en-GB');
    expect(f(0)).toBe('0 B');
    expect(f(1023)).toBe('1,023 B');
    expect(f(16_384)).toBe('16 KB');
    expect(f(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(f(5 * 1024 ** 3)).toBe('5 GB');
  });

  it('writes figures the way the language does', () => {
    expect(bytesFormatter('de-DE')(1.5 * 1024 * 1024)).toBe('1,5 MB');
  });
});
