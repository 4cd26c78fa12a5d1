import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as acme from 'acme-client';
import { createApp, openDatabase } from '../app';
import { loadConfig } from '../config';
import { systemEm, unscoped } from '../db/scope';
import { createLogger } from '../logger';
import { Account } from '../modules/accounts';
import { Role, User } from '../modules/identity';
import { Reseller } from '../modules/resellers';
import { sslModule } from '../modules/ssl';
import { queueIssue, SslTask } from '../modules/ssl/acme/issue.handler';
import { Certificate } from '../modules/ssl/certificate.entity';
import { CertificateKind, CertificateSource, CertificateState, KeyType } from '../modules/ssl/enums';
import { pebbleCa, pebbleStatus, startPebble, type PebbleInstance } from '../test/pebble';
import { Task, TaskState } from '../tasks/task.entity';

// The ACME figure of `npm run bench` (BENCH_ACME_CERTIFICATES, 100 by default; 0 skips it).
// Alone: `npm run bench -- acme`, or node api/dist-dev/bench/acme.js once built.
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

interface PanelSide {
  /** Queues certificates `from`..`from + n - 1` and times them until the last one's task finished, in seconds. */
  round(from: number, n: number): Promise<number>;
  close(): Promise<void>;
}

/**
 * The panel: a process's app on its own SQLite with the task engine running (ACME account
 * registered before any clock starts, as the baseline's is). Each round makes PENDING site
 * certificates of a customer's account (no site: nothing to install) with their `ssl.issue` tasks
 * in one transaction, wakes the engine, and ends at the last task's finish — with all the handler
 * does: claim and outcome, a new key sealed, HTTP-01 answers written (committed) and withdrawn,
 * the row updated.
 */
async function panelSide(pebble: PebbleInstance, caFile: string): Promise<PanelSide> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-bench-acme-'));
  const config = loadConfig({ ...panelEnv(dir), ACME_DIRECTORY_URL: pebble.directoryUrl, ACME_CA_FILE: caFile });
  const orm = await openDatabase(config);
  const app = createApp(config);
  const em = systemEm(orm, 'the bench makes certificates and their tasks outside any request');
  await app.areas.get(sslModule).directory.client(em.fork());
  const reseller = await em.findOneOrFail(Reseller, { isRoot: true });
  // A customer's account holds the certificates, as a site's would (one without an account is the company's own).
  const owner = em.create(User, {
    reseller,
    login: 'acmebench',
    email: 'acmebench@bench.test',
    passwordHash: 'not-used',
    role: Role.END_USER,
  });
  const account = em.create(Account, { reseller, owner, name: 'ACME bench' });
  await em.flush();
  app.tasks.start({ orm, log: createLogger('silent') });
  const reason = unscoped('the bench reads the tasks of its certificates');
  return {
    async round(from, n) {
      const started = Date.now();
      const ids = await em.fork().transactional(async (tx) => {
        const certs = Array.from({ length: n }, (_, i) =>
          tx.create(Certificate, {
            reseller: tx.getReference(Reseller, reseller.id),
            account: tx.getReference(Account, account.id),
            kind: CertificateKind.SITE,
            source: CertificateSource.ACME,
            state: CertificateState.PENDING,
            names: namesOf(from + i),
            keyType: KeyType.EC_P256,
            sealedKey: '',
          }),
        );
        await tx.flush(); // the rows' ids, for the tasks' payloads
        for (const cert of certs) queueIssue(tx, app, cert, false);
        return certs.map((c) => c.id);
      });
      app.tasks.notify();
      // Rounds run one after another: this one is over when every issue task so far has finished.
      const open = () =>
        orm.em
          .fork({ clear: true })
          .count(Task, { kind: SslTask.issue, state: { $nin: [TaskState.DONE, TaskState.FAILED] } }, reason);
      while ((await open()) > 0) await sleep(50);
      const read = orm.em.fork();
      const issued = await read.count(Certificate, { id: { $in: ids }, state: CertificateState.ACTIVE }, reason);
      if (issued !== n) {
        const failed = await read.findOne(Task, { state: TaskState.FAILED }, reason);
        throw new Error(`acme bench: ${issued} of ${n} certificates issued (${failed?.lastError ?? '?'})`);
      }
      const last = await read.findOneOrFail(
        Task,
        { kind: SslTask.issue },
        { orderBy: { finishedAt: 'desc' }, ...reason },
      );
      return (last.finishedAt!.getTime() - started) / 1000;
    },
    async close() {
      await app.tasks.stop();
      await app.close();
      await orm.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Certificates per round; the sides take turns so the machine's other load falls on both alike. */
const ROUND = 20;

/**
 * ACME figure for the README: `count` two-name site certificates issued through the panel's task
 * engine against pebble, as a ratio to the same orders made straight with acme-client, in the same
 * run, against the same pebble, at the same concurrency (the engine's WORKER_CONCURRENCY), through
 * the same HTTPS agent (the one the panel's directory sets on acme-client's shared client), in
 * alternating rounds. pebble runs with PEBBLE_VA_ALWAYS_VALID: no validation on either side, so
 * what differs is the panel's own work. Returns null (and says why) when pebble is missing.
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
  let panel: PanelSide | undefined;
  try {
    panel = await panelSide(pebble, caFile);
    const concurrency = loadConfig(panelEnv(os.tmpdir())).tasks.concurrency;
    const issue = await directIssuer(pebble);
    await pool(3, concurrency, (i) => issue(count + i)); // warm-up of pebble and acme-client, not timed
    let [directSeconds, panelSeconds] = [0, 0];
    for (let from = 0, turn = 0; from < count; from += ROUND, turn++) {
      const n = Math.min(ROUND, count - from);
      const direct = async () => {
        const t = performance.now();
        await pool(n, concurrency, (i) => issue(from + i));
        directSeconds += (performance.now() - t) / 1000;
      };
      const viaPanel = async () => void (panelSeconds += await panel!.round(from, n));
      for (const side of turn % 2 ? [viaPanel, direct] : [direct, viaPanel]) await side();
    }
    return {
      certificates: count,
      pollMs: POLL_MS,
      concurrency,
      directSeconds,
      panelSeconds,
      ratio: panelSeconds / directSeconds,
    };
  } finally {
    await panel?.close();
    acme.axios.defaults.httpsAgent = agent;
    await pebble.stop();
    fs.rmSync(path.dirname(caFile), { recursive: true, force: true });
  }
}

export function formatAcmeBench(r: AcmeBenchResult): string {
  return [
    `ACME: ${r.certificates} two-name certificates from pebble (validation skipped), ${r.concurrency} at a time, polled after ${r.pollMs} ms, sides alternating in rounds of ${ROUND}`,
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
