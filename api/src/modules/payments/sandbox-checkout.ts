import crypto from 'node:crypto';
import type http from 'node:http';
import { systemEm } from '../../db/scope';
import { readCheckout, SIGNATURE_HEADER, signNotification } from '../../drivers/gateways/sandbox';
import { styleHash } from '../../http/csp';
import type { Logger } from '../../logger';
import type { Core } from '../../module';
import { isCurrency, moneyText } from '../billing';
import { openCredentials } from './adapters';
import type { PaymentEngine, Root } from './engine';
import { GatewayKind } from './enums';
import { inService, PaymentGateway } from './gateway.entity';
import { handleNotification } from './notifications';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page's one stylesheet, allowed by its hash: no style attributes, no 'unsafe-inline'. */
const STYLE =
  'body{font-family:system-ui,sans-serif;background:#f1f5f9;margin:0;padding:2rem;color:#0f172a}' +
  'main{max-width:28rem;margin:0 auto;background:#fff;border-radius:.75rem;padding:1.5rem;box-shadow:0 1px 3px #0002}' +
  '.test{background:#fef3c7;color:#92400e;border:1px solid #f59e0b;border-radius:.375rem;padding:.5rem .75rem;font-weight:600;margin:0 0 1rem}' +
  'h1{font-size:1.25rem;margin:0 0 .5rem}.desc{margin:0 0 .25rem}.amount{font-size:1.5rem;font-weight:700;margin:0 0 1.25rem}form{display:flex;gap:.75rem}' +
  'button{border:0;border-radius:.375rem;padding:.6rem 1rem;font-weight:600;cursor:pointer}.pay{background:#2563eb;color:#fff}.cancel{background:#e2e8f0;color:#0f172a}';
const STYLE_SOURCE = styleHash(STYLE);

const originOf = (url: string | undefined): string | null => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

/** `returnTo`: the (signed) URLs the form's answer redirects to; the form may only lead there. */
function page(
  res: http.ServerResponse,
  status: number,
  title: string,
  inner: string,
  returnTo: (string | undefined)[] = [],
): void {
  const formAction = [
    "'self'",
    ...new Set(returnTo.map(originOf).filter((o): o is string => o !== null && o !== 'null')),
  ].join(' ');
  const policy = `default-src 'none'; style-src ${STYLE_SOURCE}; form-action ${formAction}; base-uri 'none'; frame-ancestors 'none'`;
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': policy,
  });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body><main>
<p data-test-id="sandbox-test-mode" class="test">TEST MODE — sandbox gateway, no real money moves</p>
${inner}</main></body></html>`);
}

/**
 * The sandbox gateway's checkout page (test mode): GET shows what is being paid, POST "pay" sends
 * the signed notification a real gateway would send, then returns the customer to the panel.
 */
export async function sandboxCheckout(
  root: Root,
  core: Pick<Core, 'config' | 'secrets' | 'tasks'>,
  engine: Pick<PaymentEngine, 'move' | 'credit'>,
  log: Logger,
  method: string,
  query: URLSearchParams,
  body: string | null,
  res: http.ServerResponse,
): Promise<void> {
  const fields = method === 'POST' ? new URLSearchParams(body ?? '') : query;
  const gatewayId = Number(fields.get('gateway'));
  const gateway =
    Number.isInteger(gatewayId) && gatewayId > 0
      ? await systemEm(root, 'the sandbox checkout page is opened by a browser with no session').findOne(
          PaymentGateway,
          { id: gatewayId, kind: GatewayKind.SANDBOX },
          { populate: ['credentials'] },
        )
      : null;
  const secret =
    gateway && inService(core.config, gateway) ? openCredentials(core.secrets, gateway).webhookSecret : undefined;
  const f = secret ? readCheckout(secret, fields) : null;
  if (!gateway || !secret || !f || !isCurrency(f.currency ?? '') || !/^\d{1,15}$/.test(f.amount_minor ?? '')) {
    return page(
      res,
      400,
      'Sandbox checkout',
      '<h1>This checkout link is not valid</h1><p>Start the payment again from the invoice in your control panel.</p>',
    );
  }
  if (method === 'GET') {
    const hidden = [...fields]
      .filter(([k]) => k !== 'action')
      .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
      .join('');
    return page(
      res,
      200,
      'Sandbox checkout',
      `<h1>${esc(gateway.name)}</h1>
<p class="desc">${esc(f.description ?? '')}</p>
<p data-test-id="sandbox-amount" class="amount">${esc(moneyText(BigInt(f.amount_minor!), f.currency!))}</p>
<form method="post">${hidden}
<button data-test-id="sandbox-pay" name="action" value="pay" class="pay">Pay (test)</button>
<button data-test-id="sandbox-cancel" name="action" value="cancel" class="cancel">Cancel</button></form>`,
      [f.return, f.cancel],
    );
  }
  if (fields.get('action') === 'pay') {
    const event = {
      id: `evt_${crypto.randomBytes(10).toString('hex')}`,
      type: 'checkout.completed',
      payment: Number(f.payment),
      amount_minor: f.amount_minor,
      currency: f.currency,
      transaction: `sbx_tx_${crypto.randomBytes(8).toString('hex')}`,
    };
    const signed = signNotification(secret, event);
    const answer = await handleNotification(
      root,
      core,
      engine,
      gateway.id,
      signed.body,
      { [SIGNATURE_HEADER]: signed.signature },
      log,
    );
    if (answer.status !== 200)
      return page(res, 502, 'Sandbox checkout', '<h1>The panel did not accept the payment</h1>');
  }
  res.writeHead(303, { location: fields.get('action') === 'pay' ? f.return! : f.cancel!, 'cache-control': 'no-store' });
  res.end();
}
