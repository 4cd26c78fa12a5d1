import fs from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import aws4 from 'aws4';
import type { SupportSettings } from './settings';

/** Where attachments' bytes are kept: a folder of the data directory, or an S3-compatible bucket. */
export interface AttachmentStore {
  /** Writes a new object; a name is never written twice. */
  put(name: string, data: Buffer): Promise<void>;
  get(name: string): Promise<Buffer>;
}

/** The folder under the data directory: one file per attachment, readable by the panel's user only. */
export function folderStore(dir: string): AttachmentStore {
  return {
    async put(name, data) {
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      await fs.writeFile(path.join(dir, name), data, { mode: 0o600, flag: 'wx' });
    },
    get: (name) => fs.readFile(path.join(dir, name)),
  };
}

export interface S3Location {
  /** The bucket's address, path-style: `https://s3.example.com/bucket` (every S3-compatible store takes it). */
  url: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

const TIMEOUT_MS = 30_000;

/**
 * An S3-compatible bucket (AWS S3, MinIO, Ceph, Wasabi…): PUT and GET of one object per attachment,
 * each request signed with AWS Signature Version 4 by aws4 (the small, long-kept signer), its body's
 * SHA-256 signed too. A refusal names the status and S3's error code, never the keys.
 */
export function s3Store(s3: S3Location): AttachmentStore {
  const base = new URL(s3.url.replace(/\/+$/, ''));
  async function send(method: 'PUT' | 'GET', name: string, body?: Buffer): Promise<Buffer> {
    const request = aws4.sign(
      {
        host: base.host,
        path: `${base.pathname}/${name}`,
        method,
        service: 's3',
        region: s3.region,
        headers: body ? { 'content-type': 'application/octet-stream', 'content-length': body.length } : {},
        body,
      },
      { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    );
    const client = base.protocol === 'https:' ? https : http;
    return new Promise<Buffer>((resolve, reject) => {
      const req = client.request(
        {
          protocol: base.protocol,
          hostname: base.hostname,
          port: base.port || undefined,
          method,
          path: request.path,
          headers: request.headers as http.OutgoingHttpHeaders,
          timeout: TIMEOUT_MS,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const data = Buffer.concat(chunks);
            if (res.statusCode === 200) return resolve(data);
            const code = /<Code>([^<]{1,64})<\/Code>/.exec(data.toString('utf8'))?.[1] ?? 'no error code';
            reject(new Error(`S3 ${method} of an attachment answered ${res.statusCode} (${code})`));
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`S3 ${method} of an attachment timed out`)));
      req.on('error', reject);
      req.end(body);
    });
  }
  return {
    put: async (name, data) => void (await send('PUT', name, data)),
    get: (name) => send('GET', name),
  };
}

/** The store the settings choose: the bucket when SUPPORT_S3_URL is set, else the data folder. */
export function attachmentStore(settings: SupportSettings, dataDir: string): AttachmentStore {
  return settings.s3 ? s3Store(settings.s3) : folderStore(path.join(dataDir, 'support', 'attachments'));
}
