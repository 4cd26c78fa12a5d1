import http from 'node:http';
import type https from 'node:https';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { MikroORM } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import { localAddress, type Config } from './config';
import { BUDGET_EXCEEDED, budgetPlugin, guardFields } from './graphql/budget';
import { refuseControlCharacters } from './graphql/control-characters';
import { buildContext, type Ctx } from './graphql/context';
import { AREAS, createApp, getSchema, type App } from './app';
import { schemaVisibilityPlugin } from './graphql/schema-visibility';
import { exchangeFor } from './http/exchange';
import { fallbackCertificate } from './http/fallback-certificate';
import { createTlsServer } from './http/tls-listener';
import { panelPolicy } from './http/csp';
import { staticPanel } from './http/static';
import { INVOICE_STYLE_SOURCE } from './modules/billing';
import type { Logger } from './logger';
import type { StartedListener } from './module';

const KNOWN_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  BUDGET_EXCEEDED,
]);

/** Expected errors pass through; anything else becomes a bare INTERNAL_SERVER_ERROR (logged, never shown: no stack, no SQL). */
export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log.error(
      { err: error instanceof GraphQLError ? (error.originalError ?? error) : error, path: formatted.path },
      'unexpected error',
    );
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

/** Marks HTTP 429 (with Retry-After) on throttled requests and sets no-store on every API answer. */
const httpStatusPlugin: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        response.http.headers.set('cache-control', 'no-store');
        const throttled = errors?.find((e) => e.extensions?.code === 'TOO_MANY_REQUESTS');
        if (!throttled) return;
        response.http.status = 429;
        const seconds = throttled.extensions?.retryAfterSeconds;
        if (typeof seconds === 'number') response.http.headers.set('retry-after', String(seconds));
      },
    };
  },
};

/**
 * Apollo's CSRF prevention lets a request through when it carries a header a browser only sends
 * cross-site after a CORS preflight, which this server never grants. `Authorization: Bearer` is one
 * (not CORS-safelisted), and a bearer request reads no cookie either, so a script's GET or
 * text/plain POST with a token passes: it is marked with the header Apollo looks for.
 */
const BEARER_PASSES_CSRF = 'apollo-require-preflight';

export interface RunningServer {
  url: string;
  port: number;
  /** The HTTPS listener's port and address, when HTTPS_PORT is set. */
  httpsPort?: number;
  httpsUrl?: string;
  /** This process's assembly (the task engine among its core), for tests and the process entry. */
  app: App;
  /** The port of each area listener that runs (by its name), e.g. `support-smtp`. */
  listeners: Record<string, number>;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  // Every answer: the panel's pages, and API answers opened directly. The sandbox checkout sets its own.
  'content-security-policy': panelPolicy([INVOICE_STYLE_SOURCE]),
};
const MAX_BODY_BYTES = 100 * 1024;

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const badRequest = (res: http.ServerResponse, status: number, message: string) =>
  sendJson(res, status, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });

function readBody(req: http.IncomingMessage): Promise<string | null> {
  // Events rather than `for await`: an async iterator costs a stream wrapper per request.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

/** Listens on `port` (0: any free one) and answers the port taken; a port in use fails the start. */
function listen(server: http.Server | https.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** The names the self-signed fallback certificate is made for: the panel's public host, and this machine. */
function fallbackNames(config: Config): string[] {
  const publicHost = new URL(config.publicUrl).hostname.replace(/^\[(.*)\]$/, '$1');
  const own = config.host === '0.0.0.0' || config.host === '::' ? [] : [config.host];
  return [publicHost, 'localhost', ...own];
}

/**
 * Serves /graphql and the built panel (web/dist) on one port, on Node's own HTTP server: no web
 * framework in the request path (the bench measured Express at a third of the throughput). With
 * HTTPS_PORT, the same handler on an HTTPS listener too, each panel host with its certificate.
 */
export async function startServer(deps: { orm: MikroORM; config: Config; log: Logger }): Promise<RunningServer> {
  const { config, log, orm } = deps;
  const app = createApp(config);
  app.events.reportErrorsTo((err, event) => log.error({ err, event }, 'an after-commit event handler failed'));
  const httpServer = http.createServer(handle);
  const httpsServer =
    config.httpsPort === null
      ? null
      : await createTlsServer({
          orm,
          log,
          sources: app.tlsCertificates,
          fallback: await fallbackCertificate(config.dataDir, fallbackNames(config)),
          handler: handle,
        });

  const apollo = new ApolloServer<Ctx>({
    schema: guardFields(getSchema()),
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(log),
    logger: log,
    validationRules: [
      maxDepthRule({ n: config.graphql.maxDepth, exposeLimits: true, ...reportNotThrow }),
      maxAliasesRule({ n: 15, exposeLimits: true, ...reportNotThrow }),
    ],
    plugins: [
      // Installed by default, it wraps every field to collect cache hints; none are given (every
      // answer is no-store, httpStatusPlugin), so it only costs time.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's drain handles an HTTPS server too (it waits for its 'secureConnection's).
      ...(httpsServer
        ? [ApolloServerPluginDrainHttpServer({ httpServer: httpsServer as unknown as http.Server })]
        : []),
      budgetPlugin(config.graphql, log),
      httpStatusPlugin,
      refuseControlCharacters,
      schemaVisibilityPlugin(config.graphql.publicSchema),
      ...AREAS.flatMap((m) => m.graphqlPlugins ?? []),
    ],
  });
  await apollo.start();

  const panel = staticPanel(config.webDist);
  if (!panel) log.warn({ webDist: config.webDist }, 'web panel not built; serving the API only');

  async function graphql(req: http.IncomingMessage, res: http.ServerResponse, search: string): Promise<void> {
    const raw = await readBody(req);
    if (raw === null) {
      // The rest of the body is never read, so this connection cannot carry another request.
      res.setHeader('connection', 'close');
      return badRequest(res, 413, 'Bad request: the body is larger than 100 KiB');
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = raw;
    if ((headers.get('content-type') ?? '').startsWith('application/json') && raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch (err) {
        return badRequest(res, 400, `Bad request: ${(err as Error).message}`);
      }
    }
    const exchange = exchangeFor(req, config.trustProxy);
    if (exchange.bearer !== undefined) headers.set(BEARER_PASSES_CSRF, 'bearer');
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search, body },
      context: () => buildContext({ orm, config, log, resolvers: app.resolvers, identify: app.identify }, exchange),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    if (exchange.setCookies.length) res.setHeader('set-cookie', exchange.setCookies);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  /** Every area's own HTTP endpoints (a gateway's notification, the sandbox checkout), tried in order. */
  const { routes } = app;
  const routeFor = (method: string, pathname: string) =>
    routes.find(
      (r) =>
        (!r.methods || r.methods.includes(method)) &&
        (r.path.endsWith('/') ? pathname.startsWith(r.path) : pathname === r.path),
    );

  /** Every request, over HTTP or HTTPS. */
  function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    for (const [key, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(key, value);
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const pathname = q === -1 ? url : url.slice(0, q);
    const respond = async (): Promise<void> => {
      if (pathname === '/graphql') return graphql(req, res, q === -1 ? '' : url.slice(q));
      if (pathname === '/healthz') return sendJson(res, 200, { ok: true });
      const route = routeFor(req.method ?? 'GET', pathname);
      if (route) {
        const query = new URLSearchParams(q === -1 ? '' : url.slice(q + 1));
        return route.handle(req, res, { orm, config, log, pathname, query, readBody: () => readBody(req) });
      }
      if (panel && panel(req, res, pathname)) return;
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    };
    respond().catch((err: unknown) => {
      log.error({ err, url: pathname }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, {
          errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
      else res.destroy();
    });
  }

  // The task engine: the in-process worker (WORKER=true), or BullMQ dispatch when REDIS_URL is set.
  app.tasks.start({ orm, log });
  const port = await listen(httpServer, config.port, config.host);
  // PORT=0 (tests) takes any free port: a default PUBLIC_URL can name it only now.
  if (config.port === 0) config.publicUrl = config.publicUrl.replace(/:0$/, `:${port}`);
  const httpsPort = httpsServer ? await listen(httpsServer, config.httpsPort!, config.host) : undefined;
  const started: StartedListener[] = [];
  const listenerPorts: Record<string, number> = {};
  for (const listener of app.listeners) {
    const running = await listener.start({ orm, log });
    if (!running) continue;
    started.push(running);
    listenerPorts[listener.name] = running.port;
    log.info({ listener: listener.name, port: running.port }, 'listening');
  }
  const shownHost = localAddress(config.host);
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    ...(httpsPort === undefined ? {} : { httpsPort, httpsUrl: `https://${shownHost}:${httpsPort}/` }),
    app,
    listeners: listenerPorts,
    close: async () => {
      for (const running of started) await running.close();
      await app.tasks.stop(); // waits (bounded) for running tasks; leases of any left expire
      await apollo.stop();
      await app.close();
    },
  };
}
