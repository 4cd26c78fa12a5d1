import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeApi } from '../test/api';
import type { Run } from '../test/helio';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** `npm run -s helio -- <args>` from the repository's root, as the README tells operators, on the test's database. */
function npmRunHelio(env: Record<string, string>, args: string[]): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, LOG_LEVEL: 'silent' };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  delete childEnv.SQLITE_PATH;
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'helio', '--', ...args], { cwd: ROOT, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

// The script builds the API first (turbo: cached after `npm test`'s build), then starts the command: slow on a busy machine.
const SLOW = { timeout: 240_000 };

describeApi('npm run helio (the root script)', (api) => {
  it('passes its arguments to the command; stdout holds only the command’s answer', SLOW, async () => {
    const run = await npmRunHelio(api.dbEnv, ['migrate']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('database is up to date\n');
  });

  it('an unknown command prints the usage and fails', SLOW, async () => {
    const run = await npmRunHelio(api.dbEnv, ['no-such-command']);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('helio admin create --login L --email E');
  });
});
