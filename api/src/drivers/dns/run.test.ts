import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CommandError, runCommand, splitCommandLine } from './run';

describe('runCommand', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-run-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('splits the prefix on whitespace and appends the arguments, with no shell in between', async () => {
    expect(splitCommandLine('  rndc  -c /etc/bind/rndc.conf ')).toEqual(['rndc', '-c', '/etc/bind/rndc.conf']);
    const marker = path.join(dir, 'pwned');
    const { stdout } = await runCommand('/bin/echo  -n', ['a b', `$(touch ${marker})`, ';', '|'], 5000);
    expect(stdout).toBe(`a b $(touch ${marker}) ; |`);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('rejects with the exit status and stderr, clipped, naming only the program and the extra arguments', async () => {
    const err = await runCommand('/bin/sh -c', ['printf "%05000d" 0 >&2; echo $((6*7))-on-stdout; exit 3'], 5000).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CommandError);
    const e = err as CommandError;
    expect(e.exitCode).toBe(3);
    expect(e.message).toMatch(/^sh printf .* failed \(exit status 3\): 0{100}/);
    expect(e.message.length).toBeLessThan(2300);
    expect(e.stdout).toBe('42-on-stdout\n');
    expect(e.message).not.toContain('42-on-stdout'); // stdout only when stderr is empty
    expect(e.message).not.toContain('-c');
  });

  it('reports stdout when stderr is empty, a missing program, and a timeout', async () => {
    await expect(runCommand('/bin/sh -c', ['echo complaint on stdout; exit 1'], 5000)).rejects.toThrow(
      'complaint on stdout',
    );
    await expect(runCommand('/nonexistent/rndc', ['status'], 5000)).rejects.toThrow(
      'rndc status failed (rndc was not found)',
    );
    await expect(runCommand('/bin/sleep', ['5'], 200)).rejects.toThrow('killed after 200 ms');
  });
});
