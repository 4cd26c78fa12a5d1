import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver took, with whether its signature held under the secret the test gave. */
export interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The parsed envelope. */
  event: { id: string; type: string; createdAt: string; data: Record<string, unknown> };
  at: number;
}

/**
 * TEST ONLY: a webhook receiver on loopback, as a customer would write one. It checks each
 * signature by the published recipe (HMAC-SHA256 of "<t>.<body>" in hex, header "t=…,v1=…"),
 * written here by hand rather than with the panel's helper, and answers 401 to a bad one.
 * `answer` decides the status of each request (default 200).
 */
export async function startReceiver() {
  const received: Received[] = [];
  const refused: { body: string; header: string }[] = [];
  const secrets = new Map<string, string>();
  let answer: (r: Received, n: number) => number = () => 200;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const header = String(req.headers['x-heliosphere-signature'] ?? '');
      const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
      const secret = secrets.get(req.url ?? '') ?? secrets.get('*') ?? '';
      const want = m ? crypto.createHmac('sha256', secret).update(`${m[1]}.${body}`).digest('hex') : '';
      if (!m || want !== m[2] || Math.abs(Date.now() / 1000 - Number(m[1])) > 300) {
        refused.push({ body, header });
        res.writeHead(401).end('bad signature');
        return;
      }
      const r: Received = { path: req.url ?? '', headers: req.headers, body, event: JSON.parse(body), at: Date.now() };
      received.push(r);
      const status = answer(r, received.length);
      res.writeHead(status, { 'content-type': 'text/plain' }).end(`status ${status} for ${r.event.type}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (path = '/hook') => `http://127.0.0.1:${port}${path}`,
    received,
    refused,
    /** The secret signatures to `path` are checked with (the webhook's, as createWebhook showed it); default: every path. */
    useSecret(s: string, path = '*') {
      secrets.set(path, s);
    },
    answerWith(fn: (r: Received, n: number) => number) {
      answer = fn;
    },
    of(type: string, path?: string): Received[] {
      return received.filter((r) => r.event.type === type && (path === undefined || r.path === path));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

export const W = {
  list: `{ webhooks { id url events enabled description createdAt } }`,
  get: `query($id: ID!) { webhook(id: $id) { id url events enabled description } }`,
  create: `mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { secret webhook { id url events enabled description } } }`,
  update: `mutation($id: ID!, $i: UpdateWebhookInput!) { updateWebhook(id: $id, input: $i) { id url events enabled description } }`,
  delete: `mutation($id: ID!) { deleteWebhook(id: $id) }`,
  rotate: `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret webhook { id } } }`,
  reveal: `mutation($id: ID!, $p: String!) { revealWebhookSecret(id: $id, password: $p) }`,
  test: `mutation($id: ID!) { sendTestWebhook(id: $id) { eventId } }`,
  deliveries: `query($id: ID!, $first: Int) { webhookDeliveries(webhookId: $id, first: $first) { totalCount nodes { id eventId eventType attempt ok statusCode durationMs error response createdAt } } }`,
  policy: `{ webhookPolicy { allowPrivateTargets } }`,
  setPolicy: `mutation($a: Boolean!) { setWebhookPolicy(allowPrivateTargets: $a) { allowPrivateTargets } }`,
};
