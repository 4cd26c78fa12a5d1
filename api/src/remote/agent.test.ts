import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { DriverName, ServerKind } from '../drivers/server-kinds';
import { serveAgent } from './agent';
import { agentMethods } from './agent-methods';
import { LineSplitter } from './lines';
import { localLink, AgentError } from './link';
import { linkedWebDriver } from './linked-drivers';
import { RPC } from './protocol';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-agent-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const target = { id: 7, name: 'web-files', kind: ServerKind.WEB, driver: DriverName.FILES, settings: {} };
const site = { id: 3, account: 12, directory: 'shop.example', serverNames: ['shop.example'], title: 'Shop' };

/** Sends lines to an agent on in-memory streams; resolves with every answer once the input ends. */
async function talk(lines: string[]): Promise<Record<string, unknown>[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (c: Buffer) => (out += c.toString()));
  const served = serveAgent(input, output, agentMethods({ dataDir }));
  for (const l of lines) input.write(`${l}\n`);
  input.end();
  await served;
  return out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('the agent on its SSH session (JSON-RPC 2.0, one message a line)', () => {
  it('runs a driver method and answers by id; several requests may be in flight', async () => {
    const answers = await talk([
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'hello', params: {} }),
      JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'web.putSite', params: { target, site } }),
    ]);
    const byId = new Map(answers.map((a) => [a.id, a]));
    expect(byId.get(1)).toMatchObject({ result: { agent: 'heliosphere-agent', protocol: 1, build: null } });
    expect(byId.get(2)).toMatchObject({ result: { documentRoot: '/var/www/a12/shop.example' } });
    expect(fs.readFileSync(path.join(dataDir, 'drivers', 'web', 'web-files', 'site-3.conf'), 'utf8')).toContain(
      'server_name shop.example;',
    );
  });

  it('answers what it cannot run with JSON-RPC errors naming the problem, and carries on', async () => {
    const answers = await talk([
      'not json',
      JSON.stringify({ id: 5, method: 'hello' }),
      JSON.stringify({ jsonrpc: '2.0', id: 6, method: 'shell.exec', params: { cmd: 'id' } }),
      JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'web.putSite', params: { target: { ...target, id: -1 }, site } }),
      JSON.stringify({
        jsonrpc: '2.0',
        id: 8,
        method: 'web.putSite',
        params: { target, site: { ...site, directory: '../etc' } },
      }),
      JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'constructor', params: {} }),
      JSON.stringify({ jsonrpc: '2.0', id: 10, method: 'hello', params: {} }),
    ]);
    const error = (id: number | null) =>
      answers.find((a) => a.id === id && 'error' in a)?.error as {
        code: number;
        message: string;
        data?: { name?: string };
      };
    expect(
      answers
        .filter((a) => a.id === null)
        .map((a) => (a.error as { code: number }).code)
        .sort(),
    ).toEqual([RPC.INVALID_REQUEST, RPC.PARSE_ERROR]);
    expect(error(6)).toMatchObject({ code: RPC.METHOD_NOT_FOUND, message: 'no method shell.exec' });
    expect(error(7)).toMatchObject({ code: RPC.INVALID_PARAMS });
    expect(error(7).message).toMatch(/^target\.id: /);
    expect(error(8)).toMatchObject({ code: RPC.DRIVER_ERROR, data: { name: 'UnsafeSiteInputError' } });
    expect(error(9)).toMatchObject({ code: RPC.METHOD_NOT_FOUND });
    expect(answers.find((a) => a.id === 10)).toHaveProperty('result');
  });

  it('refuses a line longer than its limit', () => {
    const lines: string[] = [];
    const splitter = new LineSplitter((l) => lines.push(l), 16);
    splitter.push(Buffer.from('{"a":1}\n{"b":'));
    splitter.push(Buffer.from('2}\n'));
    expect(lines).toEqual(['{"a":1}', '{"b":2}']);
    expect(() => splitter.push(Buffer.from('x'.repeat(17)))).toThrow(/longer than 16 bytes/);
  });

  it('in process, the linked driver goes through the same methods and errors keep the driver’s class name', async () => {
    const driver = linkedWebDriver(localLink({ dataDir }), target);
    await expect(driver.putSite({ ...site, id: 4, directory: 'two.example' })).resolves.toEqual({
      documentRoot: '/var/www/a12/two.example',
    });
    const refused = await driver.putSite({ ...site, serverNames: ['*.bad'] }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AgentError);
    expect(refused).toMatchObject({ name: 'UnsafeSiteInputError', code: RPC.DRIVER_ERROR });
  });
});
