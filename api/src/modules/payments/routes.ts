import { SANDBOX_CHECKOUT_PATH } from '../../drivers/gateways/sandbox';
import type { HttpRoute } from '../../module';
import type { PaymentDeps } from './payments.service';
import { handleNotification } from './notifications';
import { sandboxCheckout } from './sandbox-checkout';

const NOTIFY_PREFIX = '/payments/notify/';

/** A payment gateway's server-to-server notification (PAY-2): plain text answers, as gateways expect. */
const notification = (services: PaymentDeps): HttpRoute => ({
  path: NOTIFY_PREFIX,
  async handle(req, res, at) {
    const text = (status: number, body: string): void => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(body);
    };
    if (req.method !== 'POST') return text(405, 'POST only');
    const idText = at.pathname.slice(NOTIFY_PREFIX.length);
    if (!/^\d{1,9}$/.test(idText)) return text(404, 'no such gateway');
    const body = await at.readBody();
    if (body === null) return text(413, 'too large');
    const headers: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const answer = await handleNotification(at.orm, services, Number(idText), body, headers, at.log);
    return text(answer.status, answer.text);
  },
});

/** The built-in sandbox gateway's checkout page (test mode only). */
const checkout = (services: PaymentDeps): HttpRoute => ({
  path: SANDBOX_CHECKOUT_PATH,
  methods: ['GET', 'POST'],
  async handle(req, res, at) {
    const body = req.method === 'POST' ? await at.readBody() : null;
    return sandboxCheckout(at.orm, services, at.log, req.method!, at.query, body, res);
  },
});

export const paymentRoutes = (services: PaymentDeps): readonly HttpRoute[] => [
  notification(services),
  checkout(services),
];
