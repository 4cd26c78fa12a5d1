#!/usr/bin/env node
// Runs every workspace's tests in order (api on SQLite and PostgreSQL, web units, e2e in Chromium),
// then prints one closing line with the totals. Exit code is non-zero if any suite failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, '.test-results');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });

const suites = ['api', 'web', 'e2e'];
const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedSuites = [];
/** Each failed test by file and name, printed again at the end: a long run's log is often read from its tail only. */
const failures = [];
const firstLine = (text) => (text ?? '').split('\n')[0].slice(0, 300);

for (const ws of suites.filter((s) => only.length === 0 || only.includes(s))) {
  const report = path.join(outDir, `${ws}.json`);
  console.log(`\n=== ${ws} ===`);
  const run = spawnSync(
    'npm',
    ['test', '-w', ws, '--', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      cwd: root,
      stdio: 'inherit',
      env: process.env,
    },
  );
  let counted = false;
  if (fs.existsSync(report)) {
    const r = JSON.parse(fs.readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
    counted = true;
    // A suite file that failed to load counts as a failure even when no test inside it ran.
    const brokenFiles = r.testResults.filter(
      (f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed'),
    ).length;
    totals.failed += brokenFiles;
    for (const f of r.testResults.filter((t) => t.status === 'failed')) {
      const where = `${ws}: ${path.relative(root, f.name)}`;
      const failed = f.assertionResults.filter((a) => a.status === 'failed');
      if (failed.length === 0) failures.push(`${where}: ${firstLine(f.message) || 'the file did not load'}`);
      for (const a of failed) failures.push(`${where} > ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    }
  }
  if (run.status !== 0) {
    failedSuites.push(ws);
    if (!counted) totals.failed += 1;
  }
}

for (const f of failures) console.log(`FAILED ${f}`);
console.log(`\nSuites failed: ${failedSuites.length ? failedSuites.join(', ') : 'none'}`);
console.log(`Total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSuites.length || totals.failed ? 1 : 0);
