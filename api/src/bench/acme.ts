import 'reflect-metadata';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as acme from 'acme-client';
import { createApp, openDatabase } from '../app';
import { loadConfig } from '../config';
import { systemEm, unscoped } from '../db/scope';
import { createLogger } from '../logger';
import { Reseller } from '../modules/resellers';
import { sslModule } from '../modules/ssl';
import { queueIssue, SslTask } from '../modules/ssl/acme/issue.handler';
import { Certificate } from '../modules/ssl/certificate.entity';
import { CertificateKind, CertificateSource, CertificateState, KeyType } from '../modules/ssl/enums';
import { pebbleCa, pebbleStatus, startPebble, type PebbleInstance } from '../test/pebble';
import { Task, TaskState } from '../tasks/task.entity';

// The ACME figure of `npm run bench` (BENCH_ACME_CERTIFICATES, 100 by default; 0 skips it). Runs alone: node api/dist-dev/bench/acme.js
const COUNT = Number(process.env.BENCH_ACME_CERTIFICATES ?? 100);

export interface AcmeBenchResult {
  certificates: number;
  pollMs: number;
  concurrency: number;
  directSeconds: number;
  panelSeconds: number;
  ratio: number;
}

/**
 * acme-client asks again about a challenge or order still processing after 5 s, doubling: against
 * pebble, which answers in milliseconds, those waits would be most of both sides' time and hide the
 * panel's own work. Both sides wait the same shorter time instead (ACME_POLL_MS, backoffMin).
 */
const POLL_MS = Number(process.env.BENCH_ACME_POLL_MS ?? 50);

const panelEnv = (dir: string) => ({
  DATA_DIR: dir,
  LOG_LEVEL: 'silent',
  NODE_ENV: 'production',
  TASK_POLL_MS: '1000',
  ACME_POLL_MS: String(POLL_MS),
});

/** A site certificate's names: the domain and its www. */
const namesOf = (i: number) => [`bench-${i}.example.com`, `www.bench-${i}.example.com`];

/** Runs `fn` over 0..count-1 with `concurrency` at a time, as the task engine's workers take tasks. */
async function pool(count: number, concurrency: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await fn(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/**
 * The baseline: the same orders straight to pebble with acme-client, on one account registered
 * beforehand (the panel's is too): order, authorizations, HTTP-01 completed (pebble marks it valid
 * without looking), finalized with a CSR on a new EC P-256 key, certificate fetched.
 */
async function directIssuer(pebble: PebbleInstance): Promise<(i: number) => Promise<void>> {
  const client = new acme.Client({
    directoryUrl: pebble.directoryUrl,
    accountKey: await acme.crypto.createPrivateEcdsaKey('P-256'),
    backoffMin: POLL_MS,
  });
  await client.createAccount({ termsOfServiceAgreed: true });
  return async (i: number) => {
    const names = namesOf(i);
    const order = await client.createOrder({ identifiers: names.map((value) => ({ type: 'dns', value })) });
    const challenges = (await client.getAuthorizations(order))
      .filter((a) => a.status !== 'valid')
      .map((a) => a.challenges.find((c) => c.type === 'http-01')!);
    for (const c of challenges) await client.completeChallenge(c);
    for (const c of challenges) await client.waitForValidStatus(c);
    const key = await acme.crypto.createPrivateEcdsaKey('P-256');
    const [, csr] = await acme.crypto.createCsr({ commonName: names[0], altNames: names }, key);
    const pem = await client.getCertificate(await client.finalizeOrder(order, csr));
    if (!pem.includes('BEGIN CERTIFICATE')) throw new Error(`acme bench: no certificate for ${names[0]}`);
  };
}

/**
 * The panel: `count` PENDING site certificates (no site: nothing to install) queued as `ssl.issue`
 * tasks, then the process's task engine started and timed until the last task finished — with
 * everything the handler does: the task's claim and outcome, the key made and sealed, the HTTP-01
 * answers written (committed) and withdrawn, the row updated.
 */
async function panel(pebble: PebbleInstance, caFile: string, count: number): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-bench-acme-'));
  const config = loadConfig({ ...panelEnv(dir), ACME_DIRECTORY_URL: pebble.directoryUrl, ACME_CA_FILE: caFile });
  const orm = await openDatabase(config);
  try {
    const app = createApp(config);
    const em = systemEm(orm, 'the bench makes certificates and their tasks outside any request');
    // The account is registered before the clock starts, as the baseline's is.
    await app.areas.get(sslModule).directory.client(em.fork());
    const reseller = await em.findOneOrFail(Reseller, { isRoot: true });
    for (let i = 0; i < count; i++) {
      const cert = em.create(Certificate, {
        reseller,
        kind: CertificateKind.SITE,
        source: CertificateSource.ACME,
        state: CertificateState.PENDING,
        names: namesOf(i),
        keyType: KeyType.EC_P256,
        sealedKey: '',
      });
      await em.flush();
      queueIssue(em, app, cert, false);
    }
    await em.flush();

    const started = Date.now();
    app.tasks.start({ orm, log: createLogger('silent') });
    const open = () =>
      orm.em
        .fork({ clear: true })
        .find(
          Task,
          { kind: SslTask.issue, state: { $nin: [TaskState.DONE, TaskState.FAILED] } },
          { fields: ['id'], limit: 1, ...unscoped('the bench polls for issue tasks the worker has yet to finish') },
        );
    while ((await open()).length > 0) await sleep(200);
    await app.tasks.stop();
    const read = orm.em.fork();
    const active = await read.count(Certificate, { state: CertificateState.ACTIVE }, unscoped('the bench counts'));
    if (active !== count) {
      const failed = await read.findOne(Task, { state: TaskState.FAILED }, unscoped('the bench shows a failure'));
      throw new Error(`acme bench: ${active} of ${count} certificates issued (${failed?.lastError ?? '?'})`);
    }
    const last = await read.findOneOrFail(
      Task,
      { kind: SslTask.issue },
      { orderBy: { finishedAt: 'desc' }, ...unscoped('the bench reads the last finished task’s time') },
    );
    await app.close();
    return (last.finishedAt!.getTime() - started) / 1000;
  } finally {
    await orm.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * ACME figure for the README: `count` two-name site certificates issued through the panel's task
 * engine against pebble, as a ratio to the same orders made straight with acme-client, in the same
 * run, against the same pebble, at the same concurrency (the engine's WORKER_CONCURRENCY).
 * pebble runs with PEBBLE_VA_ALWAYS_VALID: no validation on either side, so what differs is the
 * panel's own work. Returns null (and says why) when pebble is missing.
 */
export async function runAcmeBench(count = COUNT): Promise<AcmeBenchResult | null> {
  if (count <= 0) return null;
  const status = await pebbleStatus();
  if (!status.ok) {
    console.log(`\nACME bench skipped: ${status.reason}`);
    return null;
  }
  const caFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'helio-bench-pebble-')), 'ca.pem');
  const ca = await pebbleCa(caFile);
  // Validation is skipped, so pebble never resolves a name: a closed loopback port does as its -dnsserver.
  const pebble = await startPebble({ dnsServer: '127.0.0.1:9', httpPort: 9, alwaysValid: true, ca });
  const agent = acme.axios.defaults.httpsAgent;
  // Both sides at the task engine's concurrency (WORKER_CONCURRENCY, 8 by default).
  const concurrency = loadConfig(panelEnv(os.tmpdir())).tasks.concurrency;
  // acme-client's one shared HTTP client trusts pebble's CA, over kept-alive connections as Node's
  // default agent makes them; the panel's directory puts its own agent there (from ACME_CA_FILE).
  const trustPebble = () => (acme.axios.defaults.httpsAgent = new https.Agent({ keepAlive: true, ca: ca.pem }));
  try {
    trustPebble();
    const issue = await directIssuer(pebble);
    await pool(3, concurrency, (i) => issue(count + i)); // warm-up of pebble and acme-client, not timed
    const panelSeconds = await panel(pebble, caFile, count);
    trustPebble();
    const t = performance.now();
    await pool(count, concurrency, issue);
    const directSeconds = (performance.now() - t) / 1000;
    return {
      certificates: count,
      pollMs: POLL_MS,
      concurrency,
      directSeconds,
      panelSeconds,
      ratio: panelSeconds / directSeconds,
    };
  } finally {
    acme.axios.defaults.httpsAgent = agent;
    await pebble.stop();
    fs.rmSync(path.dirname(caFile), { recursive: true, force: true });
  }
}

export function formatAcmeBench(r: AcmeBenchResult): string {
  return [
    `ACME: ${r.certificates} two-name certificates from pebble (validation skipped), ${r.concurrency} at a time, polled after ${r.pollMs} ms`,
    `| path | time | certificates/s | ratio |`,
    `| --- | ---: | ---: | ---: |`,
    `| baseline: acme-client straight to pebble | ${r.directSeconds.toFixed(2)} s | ${(r.certificates / r.directSeconds).toFixed(1)} | 1.0× |`,
    `| panel: \`ssl.issue\` tasks through the task engine | ${r.panelSeconds.toFixed(2)} s | ${(r.certificates / r.panelSeconds).toFixed(1)} | ${r.ratio.toFixed(2)}× |`,
  ].join('\n');
}

if (require.main === module) {
  runAcmeBench()
    .then((r) => r && console.log(`\n${formatAcmeBench(r)}`))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
