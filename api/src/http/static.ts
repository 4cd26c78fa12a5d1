import crypto from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Content codings in the order the server prefers them, with the suffix of the build's precompressed copy. */
const CODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
type Coding = (typeof CODINGS)[number]['name'];

/** Vite's output names: `assets/<name>-<hash>.<ext>`; such a file never changes, a new build makes a new name. */
const HASHED = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[A-Za-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and unhashed files: the browser may keep them but asks first (a 304 costs no body). */
const REVALIDATE = 'no-cache';

interface Representation {
  body: Buffer;
  /** Strong validator of these exact bytes: each coding of a file has its own. */
  etag: string;
}

interface StaticFile {
  type: string;
  cacheControl: string;
  identity: Representation;
  encoded: Partial<Record<Coding, Representation>>;
}

function representation(body: Buffer): Representation {
  return { body, etag: `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/**
 * The codings the client accepts (RFC 9110 §12.5.3): listed with q > 0, or covered by `*`. A coding
 * it names with q=0 is refused even if `*` would allow it.
 */
export function acceptedCodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  const refused = new Set<string>();
  let star = false;
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part
      .toLowerCase()
      .split(';')
      .map((p) => p.trim());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    const ok = q === undefined || Number(q.slice(2)) > 0;
    if (name === '*') star = ok;
    else (ok ? accepted : refused).add(name);
  }
  if (star) for (const c of CODINGS) if (!refused.has(c.name)) accepted.add(c.name);
  return accepted;
}

/** Whether If-None-Match names this representation (or is `*`). */
function notModified(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/** Reads the build once: every file, with the precompressed copies the build wrote beside it. */
function readBuild(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      // Dot folders (Vite's .vite/manifest.json) are build metadata, not part of the panel.
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) walk(full);
        continue;
      }
      // The copies are served in place of their original, never under their own name.
      if (CODINGS.some((c) => entry.name.endsWith(c.suffix))) continue;
      const rel = '/' + path.relative(root, full).split(path.sep).join('/');
      const encoded: StaticFile['encoded'] = {};
      for (const c of CODINGS) {
        if (fs.existsSync(full + c.suffix)) encoded[c.name] = representation(fs.readFileSync(full + c.suffix));
      }
      files.set(rel, {
        type: TYPES[path.extname(entry.name)] ?? 'application/octet-stream',
        cacheControl: HASHED.test(rel) ? IMMUTABLE : REVALIDATE,
        identity: representation(fs.readFileSync(full)),
        encoded,
      });
    }
  };
  walk(root);
  return files;
}

/** Sends the representation the client accepts best: brotli, then gzip, then the file as it is. */
function send(req: IncomingMessage, res: ServerResponse, file: StaticFile): void {
  const accepted = acceptedCodings(req.headers['accept-encoding'] as string | undefined);
  const coding = CODINGS.find((c) => file.encoded[c.name] && accepted.has(c.name))?.name;
  const chosen = coding ? file.encoded[coding]! : file.identity;
  const headers: Record<string, string | number> = {
    'cache-control': file.cacheControl,
    etag: chosen.etag,
    // Caches must key the answer on the client's Accept-Encoding, whichever coding this one got.
    vary: 'Accept-Encoding',
  };
  if (notModified(req, chosen.etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  headers['content-type'] = file.type;
  if (coding) headers['content-encoding'] = coding;
  headers['content-length'] = chosen.body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : chosen.body);
}

/**
 * Serves the built panel: files under web/dist, and index.html for any other GET that accepts HTML
 * (client-side routes). Hashed assets are cached for a year as immutable; index.html and other
 * unhashed files are revalidated (ETag, 304). Compressed copies made at build time are chosen by
 * Accept-Encoding. Files are read once at start: the build is small.
 */
export function staticPanel(
  root: string,
): ((req: IncomingMessage, res: ServerResponse, pathname: string) => boolean) | null {
  if (!fs.existsSync(path.join(root, 'index.html'))) return null;
  const files = readBuild(root);
  const index = files.get('/index.html')!;

  return (req, res, pathname) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const file = pathname !== '/index.html' ? files.get(pathname) : undefined;
    if (file) {
      send(req, res, file);
      return true;
    }
    const accept = req.headers.accept ?? '';
    if (!accept.includes('text/html') && !accept.includes('*/*')) return false;
    if (path.extname(pathname)) return false; // a missing asset is a 404, not the app
    send(req, res, index);
    return true;
  };
}
