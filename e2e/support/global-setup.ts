import fs from 'node:fs';
import { artifactsDir, missingPrerequisites } from './prerequisites';

/** Starts every run with an empty artifacts folder; a missing prerequisite skips the suite, except on CI where it fails. */
export default function setup(): void {
  fs.rmSync(artifactsDir, { recursive: true, force: true });
  fs.mkdirSync(artifactsDir, { recursive: true });
  const missing = missingPrerequisites();
  if (missing.length === 0) return;
  const reason = `e2e cannot run: ${missing.join('; ')}`;
  if (process.env.CI === 'true') throw new Error(`${reason} (CI=true: failing instead of skipping)`);
  console.warn(`\n  SKIPPED ${reason}\n`);
}
