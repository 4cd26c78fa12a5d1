import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BindDriver } from '../drivers/dns/bind';
import { renderZone } from '../drivers/dns/zone/render';
import type { RecordData } from '../drivers/dns/zone/types';
import { namedStatus, startNamed } from '../test/named';

const ZONES = Number(process.env.BENCH_ZONES ?? 10_000);

const rec = (name: string, type: RecordData['type'], value: string, priority: number | null = null): RecordData => ({
  name,
  type,
  ttl: 3600,
  value,
  priority,
  weight: null,
  port: null,
  flags: null,
  tag: null,
});

/** A zone like the panel's defaults for a hosted domain, plus a TXT record. */
function zoneOf(i: number): { name: string; text: string } {
  const name = `bench-${i}.com`;
  const records = [
    rec('@', 'NS', 'ns1.bench-host.com'),
    rec('@', 'NS', 'ns2.bench-host.com'),
    rec('@', 'A', '192.0.2.10'),
    rec('www', 'A', '192.0.2.10'),
    rec('mail', 'A', '192.0.2.10'),
    rec('@', 'MX', `mail.${name}`, 10),
    rec('@', 'TXT', `v=spf1 a mx -all; site ${i}`),
  ];
  return {
    name,
    text: renderZone(
      { zone: name, primaryNs: 'ns1.bench-host.com', hostmaster: `hostmaster.${name}`, serial: 2026112300 },
      records,
    ),
  };
}

/**
 * DNS figure for the README: 10,000 zones rendered, checked and written by the BIND driver into
 * our own named, and the time until named serves the last of them; the baseline is writing the
 * same texts as plain files (no check, no named), in the same run.
 */
export async function runDnsBench(): Promise<void> {
  const status = await namedStatus();
  if (!status.ok) {
    console.log(`\nDNS bench skipped: ${status.reason}`);
    return;
  }
  let t = performance.now();
  const zones = Array.from({ length: ZONES }, (_, i) => zoneOf(i));
  const renderMs = performance.now() - t;

  const plainDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-bench-plain-'));
  t = performance.now();
  for (const z of zones) fs.writeFileSync(path.join(plainDir, `${z.name}.zone`), z.text);
  const plainMs = performance.now() - t;
  fs.rmSync(plainDir, { recursive: true, force: true });

  const named = await startNamed({ name: 'bench' });
  try {
    const driver = new BindDriver({ configDir: named.configDir, controlCommand: named.controlCommand });
    t = performance.now();
    await driver.apply({
      zones: zones.map((z) => ({ name: z.name, role: 'primary' as const, peers: [] })),
      write: zones,
    });
    const applyMs = performance.now() - t;
    const last = zones[zones.length - 1]!.name;
    while ((await named.soaSerial(last)) === null) await new Promise((r) => setTimeout(r, 20));
    const servedMs = performance.now() - t;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`\nDNS: ${ZONES} zones`);
    console.log(`| step | time | ratio to plain file writes (${s(plainMs)}) |`);
    console.log('| --- | ---: | ---: |');
    console.log(`| render ${ZONES} zone texts | ${s(renderMs)} | ${(renderMs / plainMs).toFixed(1)}× |`);
    console.log(
      `| BIND driver: check (named-checkconf -z), write, rndc reload | ${s(applyMs)} | ${(applyMs / plainMs).toFixed(1)}× |`,
    );
    console.log(`| … until named answers for the last zone | ${s(servedMs)} | ${(servedMs / plainMs).toFixed(1)}× |`);
  } finally {
    await named.stop();
  }
}
