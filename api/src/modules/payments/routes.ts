import { SANDBOX_CHECKOUT_PATH } from '../../drivers/gateways/sandbox';
import type { Core, HttpRoute } from '../../module';
import type { PaymentEngine } from './engine';
import { handleNotification } from './notifications';
import { sandboxCheckout } from './sandbox-checkout';

const NOTIFY_PREFIX = '/payments/notify/';

/** What the routes use: the settings and secrets (gateways' credentials), the task engine to wake, the payment engine. */
type RouteDeps = Pick<Core, 'config' | 'secrets' | 'tasks'>;

/** A payment gateway's server-to-server notification (PAY-2): plain text answers, as gateways expect. */
const notification = (core: RouteDeps, engine: PaymentEngine): HttpRoute => ({
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
    const answer = await handleNotification(at.orm, core, engine, Number(idText), body, headers, at.log);
    return text(answer.status, answer.text);
  },
});

/** The built-in sandbox gateway's checkout page (test mode only). */
const checkout = (core: RouteDeps, engine: PaymentEngine): HttpRoute => ({
  path: SANDBOX_CHECKOUT_PATH,
  methods: ['GET', 'POST'],
  async handle(req, res, at) {
    const body = req.method === 'POST' ? await at.readBody() : null;
    return sandboxCheckout(at.orm, core, engine, at.log, req.method!, at.query, body, res);
  },
});

export const paymentRoutes = (core: RouteDeps, engine: PaymentEngine): readonly HttpRoute[] => [
  notification(core, engine),
  checkout(core, engine),
];
