import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { signBody } from '../../http/signed-body';
import { hostOf, pinnedLookup, refusedAddress } from './targets';

/** The headers a receiver reads: the signature (http/signed-body.ts's scheme), the event's type and ID. */
export const SIGNATURE_HEADER = 'x-heliosphere-signature';
export const EVENT_HEADER = 'x-heliosphere-event';
export const EVENT_ID_HEADER = 'x-heliosphere-event-id';

/** How much of an answer is read (the rest is dropped) and kept in the log. */
const READ_CAP = 64 * 1024;
const KEEP_CHARS = 500;

export interface SendOutcome {
  /** The receiver answered 2xx. */
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  /** Why nothing (or no usable answer) came back: refused target, timeout, connection error. */
  error: string | null;
  /** The target was refused by the policy: retrying cannot help until the URL or the policy changes. */
  refused: boolean;
  /** The start of the answer's body. */
  response: string | null;
}

export interface SendSpec {
  url: string;
  body: string;
  secret: string;
  eventType: string;
  eventId: string;
  allowPrivate: boolean;
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * POSTs one signed delivery. The address connected to is the one checked (a literal one here, a
 * name's through pinnedLookup); redirects are not followed (a 3xx is a failed attempt); the answer
 * is read up to READ_CAP and the whole exchange bounded by `timeoutMs`.
 */
export function sendDelivery(spec: SendSpec): Promise<SendOutcome> {
  const started = Date.now();
  const done = (o: Omit<SendOutcome, 'durationMs' | 'refused'> & { refused?: boolean }): SendOutcome => ({
    refused: false,
    ...o,
    durationMs: Date.now() - started,
  });
  const url = new URL(spec.url);
  const host = hostOf(url);
  if (net.isIP(host)) {
    const problem = refusedAddress(host, spec.allowPrivate);
    if (problem)
      return Promise.resolve(done({ ok: false, statusCode: null, error: problem, refused: true, response: null }));
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (o: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(o);
    };
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      lookup: pinnedLookup(spec.allowPrivate) as unknown as net.LookupFunction,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(spec.body),
        'user-agent': 'Heliosphere-Webhooks/1',
        [SIGNATURE_HEADER]: signBody(spec.secret, spec.body),
        [EVENT_HEADER]: spec.eventType,
        [EVENT_ID_HEADER]: spec.eventId,
      },
      signal: spec.signal,
    });
    const timer = setTimeout(() => {
      request.destroy(new Error(`no answer within ${Math.round(spec.timeoutMs / 1000)} s`));
    }, spec.timeoutMs);
    request.on('error', (err: NodeJS.ErrnoException) => {
      const refused = err.code === 'ETARGETREFUSED';
      finish(done({ ok: false, statusCode: null, error: err.message.slice(0, KEEP_CHARS), refused, response: null }));
    });
    request.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const answered = () => {
        const status = res.statusCode ?? 0;
        const text = Buffer.concat(chunks).toString('utf8').slice(0, KEEP_CHARS);
        const redirect = status >= 300 && status < 400;
        finish(
          done({
            ok: status >= 200 && status < 300,
            statusCode: status,
            error: redirect
              ? `redirects are not followed (to ${res.headers.location ?? 'nowhere'})`.slice(0, KEEP_CHARS)
              : null,
            response: text || null,
          }),
        );
      };
      res.on('data', (chunk: Buffer) => {
        if (size >= READ_CAP) return;
        chunks.push(chunk.subarray(0, READ_CAP - size));
        size += chunk.length;
        if (size >= READ_CAP) {
          answered();
          res.destroy();
        }
      });
      res.on('end', answered);
      res.on('error', answered);
    });
    request.end(spec.body);
  });
}
