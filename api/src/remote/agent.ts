/**
 * The agent's side of a connection: reads JSON-RPC requests, one per line, runs them (several at
 * once; the drivers order changes to one folder themselves) and writes each response as a line.
 */
import type { Readable, Writable } from 'node:stream';
import { InvalidParamsError, type AgentMethod } from './agent-methods';
import { LineSplitter } from './lines';
import { MAX_LINE_BYTES, RPC, type RpcRequest, type RpcResponse } from './protocol';

/** Answers one request (never throws: a failure is a JSON-RPC error). */
export async function answer(methods: Record<string, AgentMethod>, request: unknown): Promise<RpcResponse> {
  const r = request as Partial<RpcRequest> | null;
  if (!r || r.jsonrpc !== '2.0' || typeof r.id !== 'number' || typeof r.method !== 'string')
    return { jsonrpc: '2.0', id: null, error: { code: RPC.INVALID_REQUEST, message: 'not a JSON-RPC 2.0 request' } };
  const method = Object.hasOwn(methods, r.method) ? methods[r.method] : undefined;
  if (!method)
    return { jsonrpc: '2.0', id: r.id, error: { code: RPC.METHOD_NOT_FOUND, message: `no method ${r.method}` } };
  try {
    return { jsonrpc: '2.0', id: r.id, result: (await method(r.params)) ?? null };
  } catch (err) {
    const e = err as Error;
    const code = err instanceof InvalidParamsError ? RPC.INVALID_PARAMS : RPC.DRIVER_ERROR;
    return { jsonrpc: '2.0', id: r.id, error: { code, message: e.message ?? String(err), data: { name: e.name } } };
  }
}

/** Serves requests from `input` until it ends; resolves when every answer is written. */
export function serveAgent(
  input: Readable,
  output: Writable,
  methods: Record<string, AgentMethod>,
  log: (message: string) => void = () => {},
): Promise<void> {
  const pending = new Set<Promise<void>>();
  const write = (response: RpcResponse) => {
    output.write(`${JSON.stringify(response)}\n`);
  };
  const splitter = new LineSplitter((line) => {
    let request: unknown;
    try {
      request = JSON.parse(line);
    } catch {
      write({ jsonrpc: '2.0', id: null, error: { code: RPC.PARSE_ERROR, message: 'a line is not JSON' } });
      return;
    }
    const p = answer(methods, request).then(write, (err: Error) => log(`answer failed: ${err.message}`));
    pending.add(p);
    void p.finally(() => pending.delete(p));
  }, MAX_LINE_BYTES);
  return new Promise((resolve) => {
    input.on('data', (chunk: Buffer) => {
      try {
        splitter.push(chunk);
      } catch (err) {
        log((err as Error).message);
        input.destroy();
      }
    });
    const finish = () => void Promise.allSettled([...pending]).then(() => resolve());
    input.once('end', finish);
    input.once('close', finish);
  });
}
