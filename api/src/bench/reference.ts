import http from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import type { Answers, ViewerRow } from './answers';

/**
 * The reference server of `npm run bench`: what Apollo Server 5 itself can do on this machine.
 * Apollo with its default settings (default plugins, CSRF prevention), a schema from SDL executed by
 * graphql-js with plain resolvers, and the bench's hand-written prepared SQL (answers.ts), behind the
 * same raw node:http integration the panel uses. It answers the bench's queries exactly as the panel
 * does, so the panel's figures are ratios of it. It lives in the bench, never in the product.
 */
const TYPE_DEFS = `#graphql
  type Query {
    viewer: Viewer
    accounts(first: Int, search: String): AccountConnection!
  }
  type Viewer {
    user: User!
    role: String!
    activeAccount: Account
    accounts: [Account!]!
    preferences: Preferences!
  }
  type User { id: ID! login: String! email: String! }
  type Owner { login: String! }
  type Account { id: ID! name: String! status: String! owner: Owner }
  type Preferences { skin: String! textOnly: Boolean! language: String! }
  type PageInfo { hasNextPage: Boolean! }
  type AccountConnection { totalCount: Int! pageInfo: PageInfo! nodes: [Account!]! }
`;

interface RefCtx {
  viewer: ViewerRow | undefined;
}

const signedIn = (ctx: RefCtx): ViewerRow => {
  if (!ctx.viewer) throw new Error('Sign in first');
  return ctx.viewer;
};

export async function startReferenceServer(answers: Answers, port: number): Promise<http.Server> {
  const apollo = new ApolloServer<RefCtx>({
    typeDefs: TYPE_DEFS,
    resolvers: {
      Query: {
        viewer: (_: unknown, __: unknown, ctx: RefCtx) => (ctx.viewer ? answers.viewer(ctx.viewer) : null),
        accounts: (_: unknown, args: { first?: number; search?: string }, ctx: RefCtx) =>
          answers.search(signedIn(ctx), args.search ?? '', args.first ?? 25),
      },
    },
  });
  await apollo.start();
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers))
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const q = (req.url ?? '').indexOf('?');
      apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: (req.method ?? 'GET').toUpperCase(),
            headers,
            search: q === -1 ? '' : req.url!.slice(q),
            body: raw.length > 0 ? JSON.parse(raw) : undefined,
          },
          context: async () => ({ viewer: await answers.viewerOf(req.headers.cookie) }),
        })
        .then(
          async (result) => {
            for (const [key, value] of result.headers) res.setHeader(key, value);
            res.statusCode = result.status ?? 200;
            if (result.body.kind === 'complete') return void res.end(result.body.string);
            for await (const chunk of result.body.asyncIterator) res.write(chunk);
            res.end();
          },
          () => res.writeHead(500).end(),
        );
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
