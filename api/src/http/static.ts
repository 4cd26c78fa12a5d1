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

/**
 * Serves the built panel: files under web/dist (hashed assets cached for a year), and index.html for
 * any other GET that accepts HTML (client-side routes). Files are read once at start: the build is small.
 */
export function staticPanel(
  root: string,
): ((req: IncomingMessage, res: ServerResponse, pathname: string) => boolean) | null {
  const indexFile = path.join(root, 'index.html');
  if (!fs.existsSync(indexFile)) return null;
  const files = new Map<string, { body: Buffer; type: string; immutable: boolean }>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const rel = '/' + path.relative(root, full).split(path.sep).join('/');
        files.set(rel, {
          body: fs.readFileSync(full),
          type: TYPES[path.extname(entry.name)] ?? 'application/octet-stream',
          immutable: rel.startsWith('/assets/'),
        });
      }
    }
  };
  walk(root);
  const index = files.get('/index.html')!;

  return (req, res, pathname) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const file = pathname !== '/index.html' ? files.get(pathname) : undefined;
    if (file) {
      res.writeHead(200, {
        'content-type': file.type,
        'content-length': file.body.length,
        'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
      });
      res.end(req.method === 'HEAD' ? undefined : file.body);
      return true;
    }
    const accept = req.headers.accept ?? '';
    if (!accept.includes('text/html') && !accept.includes('*/*')) return false;
    if (path.extname(pathname)) return false; // a missing asset is a 404, not the app
    res.writeHead(200, {
      'content-type': index.type,
      'content-length': index.body.length,
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : index.body);
    return true;
  };
}
