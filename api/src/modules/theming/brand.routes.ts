import type { IncomingMessage, ServerResponse } from 'node:http';
import { systemEm } from '../../db/scope';
import { exchangeFor } from '../../http/exchange';
import type { HttpRoute, RouteContext } from '../../module';
import { companyForHostName } from '../identity';
import { cssText } from './css-variables';
import { FAVICON_PATH, IMAGE_PATH, type ThemingService } from './theming.service';

/** A served brand image runs nothing even when opened on its own (an SVG is a document). */
const IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

async function companyOf(req: IncomingMessage, at: RouteContext) {
  const em = systemEm(at.orm, 'the brand of the company a host name serves is public on that host');
  const company = await companyForHostName(em, exchangeFor(req, at.config.trustProxy).hostname);
  return { em, company };
}

function send(res: ServerResponse, req: IncomingMessage, type: string, body: string | Buffer, cache: string): void {
  const data = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(200, { 'content-type': type, 'content-length': data.length, 'cache-control': cache });
  res.end(req.method === 'HEAD' ? undefined : data);
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}

/** A neutral icon for a company without its own: its initial on its primary colour, never anyone else's mark. */
function initialIcon(name: string, colour: string): string {
  const initial = (name.trim()[0] ?? '?').toUpperCase().replace(/[<>&"']/g, '?');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${colour}"/>` +
    `<text x="16" y="22" font-family="Arial,Helvetica,sans-serif" font-size="18" font-weight="700" fill="#fff" text-anchor="middle">${initial}</text></svg>`
  );
}

/**
 * The brand on the company's own host: /brand.css (its published colours and sizes, linked by the
 * panel's page so the first paint is branded), /brand/favicon, and /brand/images/<hash>. Each host
 * shows only its own company's: another company's image is not found there.
 */
export function brandRoutes(themes: ThemingService): readonly HttpRoute[] {
  return [
    {
      path: '/brand.css',
      methods: ['GET', 'HEAD'],
      async handle(req, res, at) {
        const { em, company } = await companyOf(req, at);
        const theme = await themes.published(em, company.id);
        send(res, req, 'text/css; charset=utf-8', cssText(theme.settings), 'no-cache');
      },
    },
    {
      path: FAVICON_PATH,
      methods: ['GET', 'HEAD'],
      async handle(req, res, at) {
        const { em, company } = await companyOf(req, at);
        const theme = await themes.published(em, company.id);
        const image = theme.settings.favicon ? await themes.image(em, company.id, theme.settings.favicon) : null;
        res.setHeader('content-security-policy', IMAGE_POLICY);
        if (image) return send(res, req, image.contentType, image.data, 'no-cache');
        send(res, req, 'image/svg+xml', initialIcon(company.name, theme.settings.palette.primary), 'no-cache');
      },
    },
    {
      path: IMAGE_PATH,
      methods: ['GET', 'HEAD'],
      async handle(req, res, at) {
        const hash = at.pathname.slice(IMAGE_PATH.length);
        if (!/^[0-9a-f]{64}$/.test(hash)) return notFound(res);
        const { em, company } = await companyOf(req, at);
        const image = await themes.image(em, company.id, hash);
        if (!image) return notFound(res);
        res.setHeader('content-security-policy', IMAGE_POLICY);
        // Named by its content: it never changes.
        send(res, req, image.contentType, image.data, 'public, max-age=31536000, immutable');
      },
    },
  ];
}
