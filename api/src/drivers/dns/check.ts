/**
 * Checks zone texts with BIND's own parsers before anything is put in place: named-checkzone per
 * zone for small changes, one named-checkconf -z over a staging config for large batches (one
 * process for 10,000 zones instead of 10,000 processes).
 */
import crypto from 'node:crypto';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { inChunks, mapLimit, makeDir } from './io';
import type { ZoneWrite } from './layout';
import { clip, CommandError, runCommand } from './run';

/** Above this many zones a change is checked in one named-checkconf -z run. */
export const BATCH_CHECK_THRESHOLD = 50;
const CHECK_TIMEOUT_MS = 30_000;
const BATCH_TIMEOUT_MS = 300_000;

export interface ZoneCheckers {
  /** Command prefix of named-checkzone (args: <zone> <file>). */
  checkzone: string;
  /** Command prefix of named-checkconf (args: -z <conf>). */
  checkconf: string;
}

/** A zone text BIND refuses: `zones` names the offenders, the message quotes the checker. */
export class ZoneCheckError extends Error {
  constructor(
    readonly zones: string[],
    output: string,
  ) {
    super(`zone check failed for ${zones.length ? zones.join(', ') : 'the change'}: ${clip(output)}`);
    this.name = 'ZoneCheckError';
  }
}

/** Staged, checked zone files ready to be renamed into place; `dispose` removes whatever is left. */
export interface StagedZones {
  files: Map<string, string>;
  dispose(): Promise<void>;
}

/**
 * Writes `writes` into a fresh staging folder inside `configDir` (same file system, so the later
 * rename is atomic) and checks them; throws ZoneCheckError naming every refused zone, after
 * removing the staging folder.
 */
export async function stageAndCheck(
  configDir: string,
  writes: ZoneWrite[],
  checkers: ZoneCheckers,
): Promise<StagedZones> {
  const dir = path.join(configDir, `.staging-${process.pid}-${crypto.randomBytes(6).toString('hex')}`);
  const dispose = () => fs.rm(dir, { recursive: true, force: true });
  try {
    await makeDir(dir);
    const files = new Map<string, string>();
    await inChunks(writes, (w) => {
      // A fresh folder nobody reads yet: plain writes, no rename needed.
      const file = path.join(dir, `${w.name}.zone`);
      fsSync.writeFileSync(file, w.text, { mode: 0o644 });
      fsSync.chmodSync(file, 0o644);
      files.set(w.name, file);
    });
    if (writes.length > BATCH_CHECK_THRESHOLD) await checkBatch(dir, files, checkers.checkconf);
    else await checkEach(dir, files, checkers.checkzone);
    return { files, dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
}

async function checkEach(dir: string, files: Map<string, string>, checkzone: string): Promise<void> {
  const failures = (
    await mapLimit([...files], 4, async ([name, file]) => {
      try {
        await runCommand(checkzone, [name, file], CHECK_TIMEOUT_MS);
        return null;
      } catch (err) {
        if (!(err instanceof CommandError) || err.exitCode === null) throw err; // not a verdict: the checker did not run
        return { name, output: tidy(`${err.stdout}\n${err.stderr}`, dir) };
      }
    })
  ).filter((f): f is { name: string; output: string } => f !== null);
  if (failures.length) {
    throw new ZoneCheckError(
      failures.map((f) => f.name),
      failures.map((f) => f.output).join('\n'),
    );
  }
}

async function checkBatch(dir: string, files: Map<string, string>, checkconf: string): Promise<void> {
  const conf = path.join(dir, 'check.conf');
  const statements = [...files].map(([name, file]) => `zone "${name}" { type primary; file "${file}"; };\n`);
  await fs.writeFile(conf, statements.join(''), { mode: 0o644 });
  try {
    await runCommand(checkconf, ['-z', conf], BATCH_TIMEOUT_MS);
  } catch (err) {
    if (!(err instanceof CommandError) || err.exitCode === null) throw err;
    const output = tidy(`${err.stdout}\n${err.stderr}`, dir);
    const zones = new Set<string>();
    for (const m of output.matchAll(/^(?:zone |_default\/)([a-z0-9.-]+)\/IN:/gm))
      if (files.has(m[1]!)) zones.add(m[1]!);
    throw new ZoneCheckError([...zones], output);
  }
}

/** Drops the "loaded serial" chatter and the staging path, leaving the checker's complaints about <zone>.zone. */
function tidy(output: string, dir: string): string {
  return output
    .split('\n')
    .map((l) => l.split(`${dir}/`).join(''))
    .filter((l) => l.trim() && !/: loaded serial \d+$/.test(l) && l.trim() !== 'OK')
    .join('\n');
}
