import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { describeApi } from '../test/api';
import { acceptedCodings } from './static';

/** A stand-in for web/dist, with the compressed copies its build writes (the test must not need a panel build). */
const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-static-web-'));
fs.mkdirSync(path.join(webDist, 'assets'));
fs.mkdirSync(path.join(webDist, '.vite'));
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(100)}</body></html>`;
const APP = `export const greeting = ${JSON.stringify('hello '.repeat(2000))};\n`;
const STYLE = `body { color: red; }\n`.repeat(200);
/** A file the build left uncompressed (too small to gain): always sent as it is. */
const SMALL = 'export const x = 1;\n';
const files: Record<string, string> = {
  'index.html': INDEX,
  'assets/index-Ab12Cd34.js': APP,
  'assets/index-Zz_9-Yx8.css': STYLE,
  'assets/tiny-Qw12Er34.js': SMALL,
  'robots.txt': 'User-agent: *\n',
  '.vite/manifest.json': '{}',
};
for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(webDist, name), text);
for (const name of ['index.html', 'assets/index-Ab12Cd34.js', 'assets/index-Zz_9-Yx8.css']) {
  const body = Buffer.from(files[name]!);
  fs.writeFileSync(path.join(webDist, `${name}.br`), zlib.brotliCompressSync(body));
  fs.writeFileSync(path.join(webDist, `${name}.gz`), zlib.gzipSync(body));
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('Accept-Encoding', () => {
  it('reads codings, q-values and the wildcard', () => {
    expect([...acceptedCodings('gzip, deflate, br, zstd')].sort()).toEqual(['br', 'deflate', 'gzip', 'zstd']);
    expect([...acceptedCodings('br;q=0, gzip;q=0.5')]).toEqual(['gzip']);
    expect([...acceptedCodings('*')].sort()).toEqual(['br', 'gzip']);
    expect([...acceptedCodings('*;q=1, br;q=0')]).toEqual(['gzip']);
    expect([...acceptedCodings('identity')]).toEqual(['identity']);
    expect([...acceptedCodings(undefined)]).toEqual([]);
    expect([...acceptedCodings('GZip ; Q=1')]).toEqual(['gzip']);
  });
});

describeApi(
  'the built panel on the wire',
  (api) => {
    const get = (url: string, headers: Record<string, string> = {}) =>
      api.client().request('GET', url, undefined, { accept: '*/*', ...headers });

    it('sends brotli, then gzip, then the file itself, as Accept-Encoding allows, with matching headers and bytes', async () => {
      for (const name of ['assets/index-Ab12Cd34.js', 'assets/index-Zz_9-Yx8.css']) {
        const original = Buffer.from(files[name]!);
        const cases = [
          ['gzip, deflate, br', 'br', zlib.brotliDecompressSync],
          ['br;q=1.0, gzip;q=0.8', 'br', zlib.brotliDecompressSync],
          ['gzip, deflate', 'gzip', zlib.gunzipSync],
          ['br;q=0, gzip', 'gzip', zlib.gunzipSync],
          ['*', 'br', zlib.brotliDecompressSync],
          ['identity', undefined, (b: Buffer) => b],
          ['deflate', undefined, (b: Buffer) => b],
          ['', undefined, (b: Buffer) => b],
        ] as const;
        for (const [acceptEncoding, coding, decode] of cases) {
          const res = await get(`/${name}`, { 'accept-encoding': acceptEncoding });
          const what = `${name} with "${acceptEncoding}"`;
          expect(res.status, what).toBe(200);
          expect(res.headers['content-encoding'], what).toBe(coding);
          expect(res.headers['vary'], what).toBe('Accept-Encoding');
          expect(Number(res.headers['content-length']), what).toBe(res.bytes.length);
          if (coding) expect(res.bytes.length, what).toBeLessThan(original.length);
          expect(decode(res.bytes).equals(original), what).toBe(true);
          expect(res.headers['content-type'], what).toMatch(name.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
          expect(res.headers['cache-control'], what).toBe(IMMUTABLE);
        }
      }
    });

    it('a file the build did not compress is sent as it is, whatever the client accepts', async () => {
      const res = await get('/assets/tiny-Qw12Er34.js', { 'accept-encoding': 'br, gzip' });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.text).toBe(SMALL);
      expect(Number(res.headers['content-length'])).toBe(SMALL.length);
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
    });

    it('index.html and unhashed files are revalidated; hashed assets are immutable', async () => {
      for (const url of ['/', '/accounts/12/domains', '/robots.txt']) {
        const res = await get(url, { accept: 'text/html' });
        expect(res.status, url).toBe(200);
        expect(res.headers['cache-control'], url).toBe('no-cache');
      }
      expect((await get('/assets/index-Ab12Cd34.js')).headers['cache-control']).toBe(IMMUTABLE);
    });

    it('client-side routes fall back to index.html, compressed too; missing assets and other methods do not', async () => {
      for (const url of ['/', '/login', '/accounts/12/domains/3/records']) {
        const res = await get(url, { accept: 'text/html', 'accept-encoding': 'gzip' });
        expect(res.status, url).toBe(200);
        expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
        expect(res.headers['content-encoding'], url).toBe('gzip');
        expect(zlib.gunzipSync(res.bytes).toString(), url).toBe(INDEX);
      }
      expect((await get('/assets/missing-Ab12Cd34.js', { accept: 'text/html' })).status).toBe(404);
      expect((await get('/nowhere', { accept: 'application/json' })).status).toBe(404);
      // The build's copies and its metadata are not files of the panel.
      for (const url of ['/assets/index-Ab12Cd34.js.br', '/assets/index-Ab12Cd34.js.gz', '/.vite/manifest.json'])
        expect((await get(url)).status, url).toBe(404);
    });

    it('HEAD answers the same headers without a body', async () => {
      const get1 = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'br' });
      const head = await api
        .client()
        .request('HEAD', '/assets/index-Ab12Cd34.js', undefined, { 'accept-encoding': 'br' });
      expect(head.status).toBe(200);
      expect(head.bytes.length).toBe(0);
      for (const h of ['content-length', 'content-encoding', 'etag', 'cache-control', 'vary'])
        expect(head.headers[h], h).toBe(get1.headers[h]);
    });

    it('answers 304 to a matching If-None-Match, per coding', async () => {
      const br = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'br' });
      const plain = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'identity' });
      expect(br.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(br.headers.etag).not.toBe(plain.headers.etag);

      const again = await get('/assets/index-Ab12Cd34.js', {
        'accept-encoding': 'br',
        'if-none-match': br.headers.etag!,
      });
      expect(again.status).toBe(304);
      expect(again.bytes.length).toBe(0);
      expect(again.headers.etag).toBe(br.headers.etag);
      expect(again.headers['cache-control']).toBe(IMMUTABLE);
      expect(again.headers.vary).toBe('Accept-Encoding');

      // The gzip copy is another representation: the brotli copy's validator does not match it.
      const other = await get('/assets/index-Ab12Cd34.js', {
        'accept-encoding': 'gzip',
        'if-none-match': br.headers.etag!,
      });
      expect(other.status).toBe(200);
      expect(zlib.gunzipSync(other.bytes).toString()).toBe(APP);

      const index = await get('/', { accept: 'text/html' });
      const revalidated = await get('/somewhere', { accept: 'text/html', 'if-none-match': index.headers.etag! });
      expect(revalidated.status).toBe(304);
    });

    it('keeps the panel’s security headers on files and on compressed answers', async () => {
      for (const [url, enc] of [
        ['/', 'br'],
        ['/assets/index-Ab12Cd34.js', 'gzip'],
        ['/assets/tiny-Qw12Er34.js', 'br'],
      ] as const) {
        const res = await get(url, { accept: 'text/html', 'accept-encoding': enc });
        expect(res.headers['content-security-policy'], url).toMatch(/default-src 'self'/);
        expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      }
    });
  },
  { WEB_DIST: webDist },
);
