#!/usr/bin/env node
/**
 * The Heliosphere agent: what a cluster machine's SSH daemon runs for the panel's key (and nothing
 * else: authorized_keys `restrict,command=`). It answers the panel's calls on stdin/stdout with the
 * panel's own drivers, and exits when the panel closes the session. Built into one file
 * (dist/agent/heliosphere-agent.js) that the panel serves to machines being set up.
 *
 *   node heliosphere-agent.js --data DIR [--keys AUTHORIZED_KEYS]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveAgent } from '../remote/agent';
import { agentMethods } from '../remote/agent-methods';

export async function runAgent(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { data: { type: 'string' }, keys: { type: 'string' } },
    strict: true,
  });
  const dataDir = path.resolve(values.data ?? '/var/lib/heliosphere');
  const keys = values.keys ? path.resolve(values.keys) : undefined;
  const script = path.resolve(process.argv[1] ?? 'heliosphere-agent.js');
  const agentCommand = `${process.execPath} ${script} --data ${dataDir}${keys ? ` --keys ${keys}` : ''}`;
  const methods = agentMethods({ dataDir, authorizedKeys: keys, agentCommand, script });
  await serveAgent(process.stdin, process.stdout, methods, (message) => process.stderr.write(`${message}\n`));
}

if (require.main === module) {
  runAgent(process.argv.slice(2)).then(
    () => process.exit(0),
    (err: Error) => {
      process.stderr.write(`heliosphere-agent: ${err.message}\n`);
      process.exit(2);
    },
  );
}
