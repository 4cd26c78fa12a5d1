/**
 * What a new machine fetches while its operator runs the setup command: the setup script (behind a
 * token only the panel can make, spent when the machine first answers) and the agent itself (the
 * panel's own build: open source, no secrets in it).
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { AGENT_BUNDLE } from '../../remote/agent-file';
import type { HttpRoute } from '../../module';
import type { ServerAccessService } from './server-access.service';
import { AGENT_PATH, SETUP_PREFIX } from './setup-script';
import { systemEm } from '../../db/scope';

let cached: { mtimeMs: number; source: string; sha256: string } | null = null;

/** The agent bundle's text and SHA-256, read again when the file changes; null when it is not built. */
export async function agentBundle(): Promise<{ source: string; sha256: string } | null> {
  const stat = await fs.stat(AGENT_BUNDLE).catch(() => null);
  if (!stat) return null;
  if (cached?.mtimeMs !== stat.mtimeMs) {
    const source = await fs.readFile(AGENT_BUNDLE, 'utf8');
    cached = { mtimeMs: stat.mtimeMs, source, sha256: crypto.createHash('sha256').update(source).digest('hex') };
  }
  return cached;
}

function text(res: Parameters<HttpRoute['handle']>[1], status: number, body: string, type = 'text/plain'): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
}

export function agentRoutes(access: ServerAccessService): readonly HttpRoute[] {
  return [
    {
      path: SETUP_PREFIX,
      methods: ['GET'],
      async handle(_req, res, at) {
        const em = systemEm(at.orm, 'a machine being set up fetches its script; the token is its only credential');
        const script = await access.script(em, at.pathname.slice(SETUP_PREFIX.length));
        if (script === null)
          return text(
            res,
            404,
            'echo "This setup link is unknown or already used; issue a new key in the panel." >&2; exit 1\n',
          );
        return text(res, 200, script, 'text/x-shellscript');
      },
    },
    {
      path: AGENT_PATH,
      methods: ['GET'],
      async handle(_req, res) {
        const bundle = await agentBundle();
        if (bundle === null) return text(res, 503, 'The agent is not built; run npm run build in api/.');
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
        res.end(bundle.source);
      },
    },
  ];
}
