/**
 * Builds the agent bundle the panel serves (dist/agent/heliosphere-agent.js) from the sources, once
 * per test process: tests of remote machines install it, and must not find a stale one that
 * `npm run build` made before the agent changed.
 */
import path from 'node:path';
import { buildSync } from 'esbuild';
import { AGENT_BUNDLE } from '../remote/agent-file';

let built = false;

export function buildAgentBundle(): string {
  if (!built) {
    buildSync({
      // From src/test and from dist-dev/test alike: the sources are api/src.
      entryPoints: [path.resolve(__dirname, '../../src/cli/agent.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      outfile: AGENT_BUNDLE,
      logLevel: 'warning',
    });
    built = true;
  }
  return AGENT_BUNDLE;
}
