import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * An S3-compatible object store on loopback, for tests: path-style PUT and GET of objects in one
 * bucket, as AWS documents them, every request's Signature Version 4 checked here from the spec
 * (canonical request, string to sign, the derived signing key; the payload's SHA-256 against the
 * x-amz-content-sha256 header), independently of the signer the panel uses. A bad signature is
 * answered 403 SignatureDoesNotMatch, an unknown key 404 NoSuchKey, as S3 answers them (XML).
 */

export const S3_KEYS = {
  accessKeyId: 'AKIAHELIOTEST0000001',
  secretAccessKey: 'helio/test/secret+key/0123456789abcdef',
};

const sha256 = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => crypto.createHmac('sha256', key).update(data).digest();
const xmlError = (code: string) => `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`;

export class FakeS3 {
  readonly objects = new Map<string, Buffer>();
  /** Every request as received: method, path and whether its signature held. */
  readonly requests: { method: string; path: string; signed: boolean }[] = [];
  private server: http.Server | undefined;
  url = '';

  constructor(
    readonly bucket = 'helio-attachments',
    private readonly region = 'eu-test-1',
  ) {}

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const path = new URL(req.url ?? '/', 'http://fake').pathname;
        const signed = this.signatureHolds(req, path, body);
        this.requests.push({ method: req.method ?? '', path, signed });
        const send = (status: number, payload: Buffer | string) =>
          res
            .writeHead(status, { 'content-type': status === 200 ? 'application/octet-stream' : 'application/xml' })
            .end(payload);
        if (!signed) return send(403, xmlError('SignatureDoesNotMatch'));
        const [, bucket, ...rest] = path.split('/');
        const key = decodeURIComponent(rest.join('/'));
        if (bucket !== this.bucket) return send(404, xmlError('NoSuchBucket'));
        if (req.method === 'PUT') {
          this.objects.set(key, body);
          return send(200, '');
        }
        if (req.method === 'GET') {
          const found = this.objects.get(key);
          return found ? send(200, found) : send(404, xmlError('NoSuchKey'));
        }
        send(405, xmlError('MethodNotAllowed'));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/${this.bucket}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** AWS Signature Version 4, header form, recomputed from the request as received. */
  private signatureHolds(req: http.IncomingMessage, path: string, body: Buffer): boolean {
    const auth =
      /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
        String(req.headers.authorization ?? ''),
      );
    if (!auth) return false;
    const [, keyId, day, region, signedHeaders, signature] = auth as unknown as string[];
    if (keyId !== S3_KEYS.accessKeyId || region !== this.region) return false;
    const amzDate = String(req.headers['x-amz-date'] ?? '');
    const payloadHash = String(req.headers['x-amz-content-sha256'] ?? '');
    if (!amzDate.startsWith(day!) || payloadHash !== sha256(body)) return false;
    const names = signedHeaders!.split(';');
    if (!names.includes('host') || !names.includes('x-amz-date')) return false;
    const canonicalHeaders = names
      .map(
        (n) =>
          `${n}:${String(req.headers[n] ?? '')
            .trim()
            .replace(/\s+/g, ' ')}\n`,
      )
      .join('');
    const canonicalRequest = [req.method, path, '', canonicalHeaders, signedHeaders, payloadHash].join('\n');
    const scope = `${day}/${region}/s3/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
    const key = hmac(hmac(hmac(hmac(`AWS4${S3_KEYS.secretAccessKey}`, day!), region!), 's3'), 'aws4_request');
    const expected = hmac(key, stringToSign).toString('hex');
    return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature!));
  }
}
