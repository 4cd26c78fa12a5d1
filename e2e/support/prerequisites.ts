import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, from this file's place (e2e/support/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const e2eRoot = path.join(repoRoot, 'e2e');
export const artifactsDir = path.join(e2eRoot, 'artifacts');
export const apiMain = path.join(repoRoot, 'api', 'dist', 'main.js');
export const webDist = path.join(repoRoot, 'web', 'dist');
/** Debian's Chromium; the suite never downloads a browser. */
export const chromiumPath = '/usr/bin/chromium';

/** What is missing to run the suite, one reason per item; empty when everything is in place. */
export function missingPrerequisites(): string[] {
  const missing: string[] = [];
  if (!fs.existsSync(chromiumPath)) missing.push(`${chromiumPath} not found (apt-get install -y chromium)`);
  // The SSL spec makes its test certificate authority with openssl (support/openssl.ts).
  if (!fs.existsSync('/usr/bin/openssl')) missing.push('/usr/bin/openssl not found (apt-get install -y openssl)');
  if (!fs.existsSync(path.join(webDist, 'index.html')))
    missing.push('web/dist/index.html not found (npm run build -w web)');
  if (!fs.existsSync(apiMain)) missing.push('api/dist/main.js not found (npm run build -w api)');
  return missing;
}

/** Why the specs are skipped, or undefined when they can run. */
export const skipReason: string | undefined = missingPrerequisites().join('; ') || undefined;
