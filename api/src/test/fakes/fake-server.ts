import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a fake gateway received, as it came over the wire. */
export interface Received {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** Answer this late (the client has given up by then). */
  delayMs?: number;
}

/**
 * A third party's HTTP API on loopback, for tests: every request is recorded, and `handle` answers
 * it as the provider documents. `fail` queues what the next requests meet before they are handled:
 * '500' (refused before any work: nothing happened) or 'slow' (handled, but answered too late).
 */
export class FakeServer {
  readonly received: Received[] = [];
  private readonly faults: ('500' | 'slow')[] = [];
  private server: http.Server | undefined;
  url = '';
  /** Every answer waits this long (a slow but working gateway). */
  latencyMs = 0;

  constructor(
    private readonly handle: (req: Received) => Reply,
    private readonly slowMs = 1500,
  ) {}

  fail(...faults: ('500' | 'slow')[]): void {
    this.faults.push(...faults);
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const u = new URL(req.url ?? '/', 'http://fake');
        const r: Received = {
          method: req.method ?? 'GET',
          path: u.pathname,
          query: u.searchParams,
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        this.received.push(r);
        const fault = this.faults.shift();
        if (fault === '500') {
          res
            .writeHead(500, { 'content-type': 'application/json' })
            .end('{"error":{"type":"api_error","message":"An unknown error occurred"}}');
          return;
        }
        const reply = this.handle(r);
        const send = () => {
          if (res.destroyed) return;
          res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(reply.body);
        };
        const delay = fault === 'slow' ? this.slowMs : (reply.delayMs ?? this.latencyMs);
        if (delay) setTimeout(send, delay).unref();
        else send();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Requests to `path`. */
  to(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }
}
