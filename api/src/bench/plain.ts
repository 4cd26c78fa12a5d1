import http from 'node:http';
import type { Answers } from './answers';

/**
 * The bare endpoint of `npm run bench`: the same two answers as the GraphQL queries, from the same
 * prepared SQL as the reference server (answers.ts), on a bare Node HTTP server with no GraphQL at all.
 */
export function startPlainServer(answers: Answers, port: number): Promise<http.Server> {
  const answer = async (req: http.IncomingMessage): Promise<[number, unknown?]> => {
    const v = await answers.viewerOf(req.headers.cookie);
    if (!v) return [401];
    if (req.url === '/viewer') return [200, { data: { viewer: await answers.viewer(v) } }];
    if (req.url?.startsWith('/accounts?q=')) {
      const term = decodeURIComponent(req.url.slice('/accounts?q='.length));
      return [200, { data: { accounts: await answers.search(v, term, 25) } }];
    }
    return [404];
  };
  const server = http.createServer((req, res) => {
    answer(req).then(
      ([status, body]) =>
        body === undefined
          ? res.writeHead(status).end()
          : res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
      () => res.writeHead(500).end(),
    );
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
