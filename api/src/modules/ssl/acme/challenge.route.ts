import { systemEm } from '../../../db/scope';
import type { HttpRoute } from '../../../module';
import { AcmeChallenge } from './acme-challenge.entity';

export const CHALLENGE_PATH = '/.well-known/acme-challenge/';
const TOKEN = /^[A-Za-z0-9_-]{1,200}$/;

/**
 * HTTP-01 answers (RFC 8555 §8.3): GET /.well-known/acme-challenge/<token> answers the key
 * authorization of an order in progress, as plain text, on any host name (nginx passes the path
 * here for every site; the panel's own hosts answer it directly). Anything else is not found.
 */
export const challengeRoute: HttpRoute = {
  path: CHALLENGE_PATH,
  methods: ['GET', 'HEAD'],
  async handle(req, res, at) {
    const token = at.pathname.slice(CHALLENGE_PATH.length);
    const found = TOKEN.test(token)
      ? await systemEm(at.orm, 'a challenge answer is public: the authority fetches it').findOne(AcmeChallenge, {
          token,
          expiresAt: { $gt: new Date() },
        })
      : null;
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : found.keyAuthorization);
  },
};
