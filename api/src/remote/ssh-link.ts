/**
 * A link to another machine: one SSH connection (ssh2) to the agent account, whose key may run
 * nothing but the agent; calls share one session, answered by id. A broken connection fails the
 * calls in flight with LinkDownError and is opened again by the next call.
 */
import crypto from 'node:crypto';
import { Client, type ClientChannel } from 'ssh2';
import { LineSplitter } from './lines';
import { AgentError, LinkDownError, type CallOptions, type Link } from './link';
import { MAX_LINE_BYTES, type RpcResponse } from './protocol';

export interface SshTarget {
  host: string;
  port: number;
  username: string;
  /** OpenSSH private key text. */
  privateKey: string;
  /** The machine's host key fingerprint (SHA256:…) pinned at its first answer; null before. */
  hostKey: string | null;
  /** For messages, e.g. "web1". */
  name: string;
}

export interface SshLinkOptions {
  /** Longest wait for the connection, ms (default 10 s). */
  connectTimeoutMs?: number;
  /** Default longest wait for an answer, ms (default 120 s). */
  callTimeoutMs?: number;
  /** Told the host key's fingerprint when none was pinned and the machine answered. */
  onFirstHostKey?(fingerprint: string): void;
  /** Told each time a connection is open and the agent started. */
  onAnswer?(): void;
  /** Where the agent's own complaints (its stderr) go. */
  log?(message: string): void;
}

/** OpenSSH's fingerprint of a host key: SHA256:<base64, unpadded>. */
export function fingerprintOf(key: Buffer): string {
  return `SHA256:${crypto.createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
}

interface Session {
  client: Client;
  channel: ClientChannel;
  pending: Map<number, Pending>;
  /** The connection or the agent ended: nothing more is written to it. */
  dead: boolean;
}

export class SshLink implements Link {
  readonly label: string;
  private session: Promise<Session> | null = null;
  private live: Session | null = null;
  private pinned: string | null;
  private next = 1;
  private closed = false;

  constructor(
    private readonly target: SshTarget,
    private readonly options: SshLinkOptions = {},
  ) {
    this.label = `${target.name} (${target.host})`;
    this.pinned = target.hostKey;
  }

  /** The host key it requires: the pinned one, or the one it saw first. */
  get hostKey(): string | null {
    return this.pinned;
  }

  /** Whether a connection is open now. */
  get isOpen(): boolean {
    return this.live !== null;
  }

  async call<T>(method: string, params: unknown, options: CallOptions = {}): Promise<T> {
    if (this.closed) throw new LinkDownError(`the link to ${this.label} was closed`);
    options.signal?.throwIfAborted();
    const session = await this.open();
    if (session.dead) throw new LinkDownError(`the connection to ${this.label} closed`);
    const id = this.next++;
    const timeoutMs = options.timeoutMs ?? this.options.callTimeoutMs ?? 120_000;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        settle();
        reject(new LinkDownError(`${this.label} did not answer ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      const onAbort = () => {
        settle();
        reject(options.signal!.reason instanceof Error ? options.signal!.reason : new Error('aborted'));
      };
      const settle = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        session.pending.delete(id);
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      session.pending.set(id, {
        resolve: (v) => {
          settle();
          resolve(v as T);
        },
        reject: (e) => {
          settle();
          reject(e);
        },
      });
      session.channel.write(`${JSON.stringify({ jsonrpc: '2.0', id, method, params })}\n`);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const s = this.session;
    this.session = null;
    if (s) await s.then((x) => this.drop(x, new LinkDownError(`the link to ${this.label} was closed`))).catch(() => {});
  }

  /** Ends the connection now (calls in flight fail with LinkDownError); the next call reconnects. For tests of a cut. */
  async cut(): Promise<void> {
    const s = this.session;
    this.session = null;
    if (s)
      await s.then((x) => this.drop(x, new LinkDownError(`the connection to ${this.label} was cut`))).catch(() => {});
  }

  private open(): Promise<Session> {
    if (!this.session) {
      const opening = this.connect();
      this.session = opening;
      opening.catch(() => {
        if (this.session === opening) this.session = null;
      });
    }
    return this.session;
  }

  private drop(session: Session, err: Error): void {
    session.dead = true;
    if (this.live === session) this.live = null;
    for (const p of session.pending.values()) p.reject(err);
    session.pending.clear();
    session.channel.destroy();
    session.client.end();
  }

  private connect(): Promise<Session> {
    const { host, port, username, privateKey, name } = this.target;
    const hostKey = this.pinned;
    return new Promise<Session>((resolve, reject) => {
      const client = new Client();
      let seen: string | null = null;
      let ready = false;
      const fail = (err: LinkDownError) => {
        if (ready) return;
        ready = true; // settled
        client.end();
        reject(err);
      };
      client.once('ready', () => {
        client.exec('heliosphere-agent', (err, channel) => {
          if (err) return fail(new LinkDownError(`${this.label} refused to start the agent: ${err.message}`, true));
          ready = true;
          if (hostKey === null && seen) {
            this.pinned = seen;
            this.options.onFirstHostKey?.(seen);
          }
          const session: Session = { client, channel, pending: new Map(), dead: false };
          this.live = session;
          this.options.onAnswer?.();
          const splitter = new LineSplitter((line) => this.onLine(session, line), MAX_LINE_BYTES);
          channel.on('data', (chunk: Buffer) => {
            try {
              splitter.push(chunk);
            } catch (e) {
              this.lost(session, new LinkDownError(`${this.label} sent an oversized message: ${(e as Error).message}`));
            }
          });
          channel.stderr.on('data', (chunk: Buffer) =>
            this.options.log?.(chunk.toString('utf8').trim().slice(0, 2000)),
          );
          channel.on('close', () => this.lost(session, new LinkDownError(`the agent on ${this.label} stopped`)));
          client.on('close', () => this.lost(session, new LinkDownError(`the connection to ${this.label} closed`)));
          resolve(session);
        });
      });
      client.on('error', (err: Error & { level?: string }) => {
        const why =
          err.level === 'client-authentication'
            ? `${this.label} refused the panel's key for ${username}`
            : `could not reach ${this.label} on port ${port}: ${err.message}`;
        fail(new LinkDownError(why, true));
      });
      client.on('close', () => fail(new LinkDownError(`the connection to ${this.label} closed while opening`, true)));
      client.connect({
        host,
        port,
        username,
        privateKey,
        readyTimeout: this.options.connectTimeoutMs ?? 10_000,
        keepaliveInterval: 15_000,
        keepaliveCountMax: 3,
        hostVerifier: (key: Buffer) => {
          seen = fingerprintOf(key);
          if (hostKey !== null && seen !== hostKey) {
            // Refused before authentication: the panel's key is never offered to an impostor.
            setImmediate(() =>
              fail(
                new LinkDownError(
                  `${name}'s host key changed (${seen}, expected ${hostKey}); refusing to connect until an admin accepts the new key`,
                  true,
                ),
              ),
            );
            return false;
          }
          return true;
        },
      });
    });
  }

  private lost(session: Session, err: Error): void {
    session.dead = true;
    if (this.live === session) {
      this.live = null;
      this.session = null; // the current session: the next call opens a new one
    }
    for (const p of session.pending.values()) p.reject(err);
    session.pending.clear();
    session.client.end();
  }

  private onLine(session: Session, line: string): void {
    let response: RpcResponse;
    try {
      response = JSON.parse(line) as RpcResponse;
    } catch {
      this.lost(session, new LinkDownError(`${this.label} sent something that is not JSON`));
      return;
    }
    if (typeof response.id !== 'number') {
      if ('error' in response) this.options.log?.(`agent on ${this.label}: ${response.error.message}`);
      return;
    }
    const p = session.pending.get(response.id);
    if (!p) return; // timed out or abandoned meanwhile
    if ('error' in response)
      p.reject(new AgentError(response.error.message, response.error.code, response.error.data?.name));
    else p.resolve(response.result);
  }
}
