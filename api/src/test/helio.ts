import { spawn } from 'node:child_process';
import path from 'node:path';
import type { TestApi } from './api';

// The test runs the built command, as an operator would: `npm test -w api` builds dist/ first.
export const HELIO = path.resolve(__dirname, '..', '..', 'dist', 'cli', 'helio.js');
// Each run starts a Node process that loads the ORM: slow on a busy machine.
export const SPAWNS = { timeout: 90_000 };

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function helio(api: TestApi, args: string[], stdin = ''): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...api.dbEnv, LOG_LEVEL: 'silent' };
  if (!api.dbEnv.DATABASE_URL) delete env.DATABASE_URL;
  delete env.SQLITE_PATH;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HELIO, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
