import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../app';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { startServer } from '../server';
import type { Figure } from './figure';

const BUDGET_KB = 150;
/** Brotli on minified JavaScript and CSS keeps about a quarter to a third of the bytes. */
const WIRE_RATIO_GOAL = 0.4;

interface Fetched {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as it came over the wire (compressed when content-encoding says so). */
  bytes: Buffer;
}

function get(port: number, url: string, headers: Record<string, string>): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: url, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
  });
}

/** What the browser fetches before the panel's script runs: the module script, its preloads and the stylesheets. */
function referencedAssets(html: string): string[] {
  const urls = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  );
  return [...new Set(urls)];
}

const kb = (bytes: number) => Math.round(bytes / 10.24) / 100;

/**
 * The panel on the wire, from the server that serves it (the built web/dist, as `npm start` does):
 * a cold load of `/` — index.html and every script and stylesheet it names — fetched as a browser
 * does (`accept-encoding: br, gzip`), as gzip alone, and uncompressed.
 */
export async function runWebBench(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-bench-web-'));
  const config = loadConfig({
    DATA_DIR: dir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
  });
  if (!fs.existsSync(path.join(config.webDist, 'index.html')))
    throw new Error(`the panel is not built (${config.webDist}): run npx turbo run build`);
  const orm = await openDatabase(config);
  const server = await startServer({ orm, config, log: createLogger('silent') });
  try {
    const html = { accept: 'text/html' };
    const page = await get(server.port, '/', { ...html, 'accept-encoding': 'identity' });
    const urls = ['/', ...referencedAssets(page.bytes.toString('utf8'))];
    let browser = 0;
    let gzipped = 0;
    let plain = 0;
    let assetsGzipped = 0;
    let immutable = 0;
    let brotliEverywhere = true;
    for (const url of urls) {
      const [br, gz, identity] = await Promise.all(
        ['br, gzip', 'gzip', 'identity'].map((enc) => get(server.port, url, { ...html, 'accept-encoding': enc })),
      );
      for (const r of [br!, gz!, identity!]) if (r.status !== 200) throw new Error(`${url}: HTTP ${r.status}`);
      browser += br!.bytes.length;
      gzipped += gz!.bytes.length;
      plain += identity!.bytes.length;
      if (url !== '/') {
        assetsGzipped += gz!.bytes.length;
        if (br!.headers['cache-control'] === 'public, max-age=31536000, immutable') immutable++;
        if (br!.headers['content-encoding'] !== 'br' && identity!.bytes.length >= 1024) brotliEverywhere = false;
      }
    }
    const assets = urls.length - 1;
    const ratio = Math.round((browser / plain) * 1000) / 1000;
    return [
      {
        name: 'panel initial load (gzipped JS+CSS)',
        value: kb(assetsGzipped),
        unit: 'KB',
        baseline: null,
        ratio: null,
        goal: `≤ ${BUDGET_KB} KB gzipped (${assets} files: the entry, its static imports, CSS)`,
        met: kb(assetsGzipped) <= BUDGET_KB,
      },
      {
        name: 'panel cold load of / on the wire (br, gzip)',
        value: kb(browser),
        unit: 'KB',
        baseline: kb(plain),
        ratio,
        goal: `brotli on every file, ≤ ${WIRE_RATIO_GOAL}× the uncompressed bytes (gzip alone: ${kb(gzipped)} KB)`,
        met: brotliEverywhere && ratio <= WIRE_RATIO_GOAL,
      },
      {
        name: 'panel hashed assets cached immutable',
        value: immutable,
        unit: 'files',
        baseline: assets,
        ratio: assets ? immutable / assets : null,
        goal: 'every script and stylesheet of the first load: public, max-age=31536000, immutable',
        met: assets > 0 && immutable === assets,
      },
    ];
  } finally {
    await server.close();
    await orm.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
