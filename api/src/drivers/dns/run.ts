import { execFile } from 'node:child_process';
import path from 'node:path';

/** How much of a command's output an error message carries (enough for a checker's complaint, never a whole config). */
export const MAX_ERROR_OUTPUT = 2000;

/** A control command that failed: the message names the program and the extra arguments, and quotes its output. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

/** Splits a configured command prefix ("rndc -c /etc/bind/rndc.conf") into program and arguments. */
export function splitCommandLine(commandLine: string): string[] {
  const words = commandLine.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) throw new Error('empty control command');
  return words;
}

/** Trims and cuts `text` to at most `max` characters, marking the cut. */
export function clip(text: string, max = MAX_ERROR_OUTPUT): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max)} […]`;
}

/**
 * Runs `<commandLine> <extraArgs…>` with execFile: no shell, so no argument is ever interpreted.
 * Resolves with the output on exit status 0; rejects with a CommandError carrying stderr (or stdout
 * when stderr is empty: named-checkzone reports there), trimmed and clipped. The message names only
 * the program and `extraArgs`, not the configured prefix, so whatever an admin put there stays out of logs.
 */
export function runCommand(
  commandLine: string,
  extraArgs: string[],
  timeoutMs: number,
): Promise<{ stdout: string; stderr: string }> {
  const [program, ...prefixArgs] = splitCommandLine(commandLine);
  const what = [path.basename(program!), ...extraArgs].join(' ');
  return new Promise((resolve, reject) => {
    execFile(
      program!,
      [...prefixArgs, ...extraArgs],
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', windowsHide: true },
      (err, stdout, stderr) => {
        if (!err) {
          resolve({ stdout, stderr });
          return;
        }
        const e = err as NodeJS.ErrnoException & { code?: number | string; killed?: boolean; signal?: string | null };
        let reason: string;
        if (e.code === 'ENOENT') reason = `${path.basename(program!)} was not found`;
        else if (e.killed || e.signal) reason = `killed after ${timeoutMs} ms`;
        else reason = `exit status ${String(e.code)}`;
        const output = clip(stderr.trim() ? stderr : stdout);
        const exitCode = typeof e.code === 'number' ? e.code : null;
        reject(new CommandError(`${what} failed (${reason})${output ? `: ${output}` : ''}`, exitCode, stdout, stderr));
      },
    );
  });
}
