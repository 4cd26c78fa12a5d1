import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The panel's first load, read from the build that `npm test` made before it (this test builds
 * nothing): the entry chunk, every chunk it imports statically (the browser fetches them before
 * the first page runs) and their stylesheets. Issue 21's budget: 150 KB gzipped.
 */
const BUDGET_KB = 150;
const dist = path.resolve(__dirname, '..', 'dist');
const manifestFile = path.join(dist, '.vite', 'manifest.json');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** The files of the first load, entry first. */
function initialFiles(manifest: Record<string, ManifestChunk>): string[] {
  const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  expect(entries, 'the build has one entry').toHaveLength(1);
  const files = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key]!;
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entries[0]!);
  return [...files];
}

const kb = (bytes: number) => Math.round(bytes / 10.24) / 100;

// Without a build (a unit run on its own) there is nothing to measure; `npm test` builds first, and CI must have one.
describe.runIf(fs.existsSync(manifestFile) || process.env.CI)('the built panel', () => {
  it(`loads at most ${BUDGET_KB} KB of gzipped JavaScript and CSS before its first page`, () => {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
    const sizes = initialFiles(manifest).map((file) => {
      const gzipped = zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
      return { file, gzipped };
    });
    const total = sizes.reduce((sum, s) => sum + s.gzipped, 0);
    const list = sizes.map((s) => `${s.file}: ${kb(s.gzipped)} KB`).join('\n');
    expect(kb(total), `first load ${kb(total)} KB gzipped:\n${list}`).toBeLessThanOrEqual(BUDGET_KB);
  });

  it('has a brotli and a gzip copy of every script and stylesheet, each decompressing to the file', () => {
    const assets = fs.readdirSync(path.join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
    const missing: string[] = [];
    for (const name of assets) {
      const file = path.join(dist, 'assets', name);
      const body = fs.readFileSync(file);
      if (body.length < 1024) continue; // too small to gain: the build leaves it as it is
      for (const [suffix, decode] of [
        ['.br', zlib.brotliDecompressSync],
        ['.gz', zlib.gunzipSync],
      ] as const) {
        if (!fs.existsSync(file + suffix)) missing.push(name + suffix);
        else expect(decode(fs.readFileSync(file + suffix)).equals(body), name + suffix).toBe(true);
      }
    }
    expect(missing).toEqual([]);
  });
});
