import { describe, expect, it } from 'vitest';
import { sizeSnapshot, sizesRefreshed } from './sizeRefresh';

describe('following a size refresh', () => {
  const t0 = '2030-01-01T10:00:00.000Z';
  const t1 = '2030-01-01T10:05:00.000Z';

  it('asks about the databases on the server only', () => {
    const snap = sizeSnapshot([
      { id: '1', state: 'ACTIVE', sizeCheckedAt: t0 },
      { id: '2', state: 'SUSPENDED', sizeCheckedAt: null },
      { id: '3', state: 'QUEUED', sizeCheckedAt: null },
      { id: '4', state: 'DELETING', sizeCheckedAt: t0 },
    ]);
    expect([...snap]).toEqual([
      ['1', t0],
      ['2', null],
    ]);
  });

  it('is done when every database asked about was measured again', () => {
    const snap = sizeSnapshot([
      { id: '1', state: 'ACTIVE', sizeCheckedAt: t0 },
      { id: '2', state: 'ACTIVE', sizeCheckedAt: null },
    ]);
    expect(
      sizesRefreshed(snap, [
        { id: '1', state: 'ACTIVE', sizeCheckedAt: t0 },
        { id: '2', state: 'ACTIVE', sizeCheckedAt: null },
      ]),
    ).toBe(false);
    expect(
      sizesRefreshed(snap, [
        { id: '1', state: 'ACTIVE', sizeCheckedAt: t1 },
        { id: '2', state: 'ACTIVE', sizeCheckedAt: null },
      ]),
    ).toBe(false);
    expect(
      sizesRefreshed(snap, [
        { id: '1', state: 'ACTIVE', sizeCheckedAt: t1 },
        { id: '2', state: 'ACTIVE', sizeCheckedAt: t1 },
      ]),
    ).toBe(true);
  });

  it('does not wait for databases deleted or created meanwhile', () => {
    const snap = sizeSnapshot([
      { id: '1', state: 'ACTIVE', sizeCheckedAt: t0 },
      { id: '2', state: 'ACTIVE', sizeCheckedAt: t0 },
    ]);
    const now = [
      { id: '1', state: 'ACTIVE' as const, sizeCheckedAt: t1 },
      { id: '2', state: 'DELETING' as const, sizeCheckedAt: t0 },
      { id: '5', state: 'ACTIVE' as const, sizeCheckedAt: t0 },
    ];
    expect(sizesRefreshed(snap, now)).toBe(true);
  });
});
