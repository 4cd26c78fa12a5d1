/**
 * Real components a test needs (PostgreSQL now; MariaDB, nginx, BIND later). When one is missing
 * on a developer machine its tests are skipped with the reason printed; with CI=true a missing
 * component is a failure, never a silent skip.
 */
export type ToolStatus = { ok: true; name: string } | { ok: false; name: string; reason: string };

const probes = new Map<string, Promise<ToolStatus>>();

export function isCi(): boolean {
  return process.env.CI === 'true' || process.env.CI === '1';
}

/**
 * Probes a tool once per process. Resolves `{ ok: false, reason }` (and prints the reason) when it
 * is unavailable; rejects instead when CI=true, so the suite fails.
 */
export function requireTool(name: string, probe: () => Promise<unknown>): Promise<ToolStatus> {
  let status = probes.get(name);
  if (!status) {
    status = probe().then(
      (): ToolStatus => ({ ok: true, name }),
      (err: unknown): ToolStatus => ({ ok: false, name, reason: err instanceof Error ? err.message : String(err) }),
    );
    probes.set(name, status);
  }
  return status.then((s) => {
    if (s.ok) return s;
    if (isCi()) throw new Error(`${name} is required when CI=true, but it is unavailable: ${s.reason}`);
    process.stderr.write(`\n[skip] ${name} is unavailable, its tests are skipped: ${s.reason}\n`);
    return s;
  });
}

/** Rejects after `ms` with a message naming what timed out (probes must not hang the suite). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
