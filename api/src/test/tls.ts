import type crypto from 'node:crypto';
import https from 'node:https';
import tls from 'node:tls';

/**
 * The certificate a TLS server on loopback presents to a client asking for `servername` (none:
 * no SNI, as a browser reaching it by IP address). With `ca`, the handshake also verifies the
 * certificate against it and the name, and fails if either is wrong.
 */
export function servedCertificate(
  port: number,
  servername?: string,
  ca?: string,
): Promise<{ cert: crypto.X509Certificate; authorized: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect(
      { host: '127.0.0.1', port, ...(servername ? { servername } : {}), ca, rejectUnauthorized: !!ca },
      () => {
        const cert = socket.getPeerX509Certificate();
        const authorized = socket.authorized;
        socket.end();
        if (!cert) reject(new Error('no certificate presented'));
        else resolve({ cert, authorized });
      },
    );
    socket.on('error', reject);
  });
}

/** An HTTPS request to 127.0.0.1:`port` for `host` (SNI and Host), trusting only `ca`. */
export function httpsRequest(
  port: number,
  host: string,
  ca: string,
  opts: { method?: string; path?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port,
        servername: host,
        ca,
        agent: false, // a connection per request: each one's handshake is the one under test
        method: opts.method ?? 'GET',
        path: opts.path ?? '/',
        headers: {
          host,
          ...(opts.body !== undefined ? { 'content-length': Buffer.byteLength(opts.body) } : {}),
          ...opts.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}
