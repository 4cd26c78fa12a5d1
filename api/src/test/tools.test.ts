import { afterEach, describe, expect, it } from 'vitest';
import { requireTool } from './tools';

describe('requireTool: a missing tool is a skip on a developer machine, a failure in CI', () => {
  const ci = process.env.CI;
  afterEach(() => {
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
  });

  it('resolves ok when the probe succeeds', async () => {
    expect(await requireTool('fake tool of tools.test.ts (present)', async () => 'fine')).toEqual({
      ok: true,
      name: 'fake tool of tools.test.ts (present)',
    });
  });

  it('resolves not-ok with the reason when CI is not set', async () => {
    delete process.env.CI;
    const status = await requireTool('fake tool of tools.test.ts', async () => {
      throw new Error('connect ECONNREFUSED');
    });
    expect(status).toEqual({ ok: false, name: 'fake tool of tools.test.ts', reason: 'connect ECONNREFUSED' });
  });

  it('rejects when CI=true, naming the tool and the reason', async () => {
    process.env.CI = 'true';
    await expect(
      requireTool('fake tool of tools.test.ts (CI)', async () => {
        throw new Error('not installed');
      }),
    ).rejects.toThrow('fake tool of tools.test.ts (CI) is required when CI=true, but it is unavailable: not installed');
  });
});
