import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { MikroORM } from '@mikro-orm/core';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import type { Config } from './config';
import { buildContext, type Ctx } from './graphql/context';
import { getSchema } from './graphql/schema';
import type { Logger } from './logger';
import { createServices } from './services';

const KNOWN_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND',
]);

/** Expected errors pass through; anything else becomes a bare INTERNAL_SERVER_ERROR (logged, never shown: no stack, no SQL). */
export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log.error({ err: error instanceof GraphQLError ? (error.originalError ?? error) : error, path: formatted.path }, 'unexpected error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * graphql-armor throws from its validation rules by default, which Apollo answers with a 500;
 * reported instead, a refused query is a GRAPHQL_VALIDATION_FAILED error with HTTP 400.
 */
const reportNotThrow = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)],
};

/** Marks HTTP 429 on throttled logins and sets no-store on every API answer. */
const httpStatusPlugin: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        response.http.headers.set('cache-control', 'no-store');
        if (errors?.some((e) => e.extensions?.code === 'TOO_MANY_REQUESTS')) response.http.status = 429;
      },
    };
  },
};

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves /graphql and the built panel (web/dist) on one port. */
export async function startServer(deps: { orm: MikroORM; config: Config; log: Logger }): Promise<RunningServer> {
  const { config, log, orm } = deps;
  const services = createServices(config);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy ? 1 : false);
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<Ctx>({
    schema: getSchema(),
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(log),
    logger: log,
    validationRules: [
      maxDepthRule({ n: config.graphql.maxDepth, exposeLimits: true, ...reportNotThrow }),
      costLimitRule({ maxCost: config.graphql.maxCost, exposeLimits: true, ...reportNotThrow }),
      maxAliasesRule({ n: 15, exposeLimits: true, ...reportNotThrow }),
    ],
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), httpStatusPlugin],
  });
  await apollo.start();

  app.use((_req, res, next) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'same-origin');
    res.setHeader('x-frame-options', 'DENY');
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext({ orm, config, services, log }, req, res) }),
  );
  // Malformed JSON bodies: a clear 400, not a stack trace.
  app.use('/graphql', (err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    const status = (err as { status?: number }).status;
    if (status && status >= 400 && status < 500) {
      res.status(status).json({ errors: [{ message: `Bad request: ${(err as Error).message}`, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    next(err);
  });

  const index = path.join(config.webDist, 'index.html');
  if (fs.existsSync(index)) {
    app.use(express.static(config.webDist, { index: false, maxAge: '1h' }));
    // Client-side routes: any other GET that accepts HTML gets the single-page app.
    app.get(/^\/(?!graphql|healthz).*/, (req, res, next) => {
      if (!req.accepts('html')) return next();
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(index);
    });
  } else {
    log.warn({ webDist: config.webDist }, 'web panel not built; serving the API only');
  }

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close: async () => {
      await apollo.stop();
    },
  };
}
