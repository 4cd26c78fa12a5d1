import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityClass, MikroORM } from '@mikro-orm/core';
import type { Config, Settings } from './config';
import type { MigrationSet } from './db/migrations';
import type { EventBus } from './events';
import type { Identifier } from './graphql/context';
import type { TlsCertificateSource } from './http/tls-listener';
import type { Logger } from './logger';
import type { RateLimits } from './rate-limit';
import type { SecretBox } from './secrets';
import type { TaskService } from './tasks/tasks.service';
import type { TaskHandler } from './tasks/types';

/** What every area may use: the process's settings, its secret box, the task engine, the event bus and the rate limiters' store. */
export interface Core {
  config: Config;
  secrets: SecretBox;
  tasks: TaskService;
  events: EventBus;
  /** Rate limiters, kept in Redis when REDIS_URL is set (every process shares them), else in this process. */
  limits: RateLimits;
}

/** The public services of the areas built so far; an area reads those of the areas it uses. */
export interface Areas {
  /** The services `area` built; throws when it is not built yet (it must come earlier in the list of areas). */
  get<Api>(area: AreaModule<Api>): Api;
}

/** What an HTTP route of an area gets besides the request: the database, settings, log, and the body on demand. */
export interface RouteContext {
  orm: MikroORM;
  config: Config;
  log: Logger;
  /** The path without the query string, e.g. `/payments/notify/3`. */
  pathname: string;
  query: URLSearchParams;
  /** The request body as text; null when it is larger than the server accepts. */
  readBody(): Promise<string | null>;
}

/** A plain HTTP endpoint an area serves beside /graphql (a gateway's notification, a checkout page). */
export interface HttpRoute {
  /** The path it answers; ending in `/`, every path under it. */
  path: string;
  /** The methods it answers (others fall through to the next route, and finally the panel); absent: all. */
  methods?: readonly string[];
  handle(req: http.IncomingMessage, res: http.ServerResponse, at: RouteContext): Promise<void>;
}

/** A network service an area runs beside the panel's HTTP listeners (the support area's SMTP listener for mailed replies). */
export interface AreaListener {
  /** Its name in logs and in RunningServer.listeners, e.g. `support-smtp`. */
  name: string;
  /** Starts listening when its settings say so (else answers null), with the process's database and log. */
  start(deps: { orm: MikroORM; log: Logger }): Promise<StartedListener | null>;
}

/** A listener that runs: the port it took (a setting of 0 takes any free one) and how to stop it. */
export interface StartedListener {
  port: number;
  close(): Promise<void>;
}

/** A type-graphql resolver class of an area: constructed once per process with the area's services. */
export type AreaResolver<Api> = new (api: Api, core: Core) => object;

/**
 * One area's declaration (its `index.ts`): what it plugs into the process. The app assembles the
 * schema, the entity list, the services, the task registry, the periodic jobs and the HTTP routes
 * from one list of these (modules/index.ts), so adding an area is one line there.
 *
 * `Api` is what the area's `services` builds: the services its own parts are given, and the public
 * services other areas may use (`areas.get(thisModule)`).
 */
export interface AreaModule<Api = unknown> {
  /** The area's folder name, e.g. `dns`. */
  name: string;
  /**
   * Its settings (`defineSettings`, in its folder): checked with every other area's when the process
   * starts, so a bad value stops it with a message naming the variable; read with `settings.of(config)`.
   * Several when its parts each keep their own (the support area's SMTP listener).
   */
  settings?: Settings<unknown> | readonly Settings<unknown>[];
  /** Its MikroORM entities (tables). */
  entities?: readonly EntityClass<object>[];
  /**
   * Its migrations, per dialect (`migrations/{sqlite,postgresql}/index.ts` in its folder; written by
   * `node dist/cli/migration-create.js --area <name>`). They run with the core's and every other
   * area's in name (timestamp) order.
   */
  migrations?: MigrationSet;
  /**
   * Builds its services, once per process, from the core and the services of the areas it uses (built
   * before it). Also where it registers with those areas, e.g. a usage counter for plan limits.
   */
  services?(core: Core, areas: Areas): Api;
  /** Its type-graphql resolver classes, each constructed with the area's services. */
  resolvers?: readonly AreaResolver<Api>[];
  /** Handlers for the task kinds it enqueues (changes to real servers). */
  taskHandlers?(api: Api, core: Core): readonly TaskHandler[];
  /** Registers its periodic jobs on the task engine (`core.tasks.every`; each decides from the config whether to run). */
  schedule?(api: Api, core: Core): void;
  /** Its HTTP endpoints beside /graphql. */
  routes?(api: Api, core: Core): readonly HttpRoute[];
  /**
   * Where the panel's HTTPS listener (HTTPS_PORT) finds the certificate of a host name it is asked
   * for (SNI); the areas that have one are asked in the order of the list.
   */
  tlsCertificates?(api: Api, core: Core): TlsCertificateSource;
  /**
   * A way of telling who calls a request (a session cookie, a bearer token). The areas' ways are
   * asked in the order of the list until one answers (graphql/context.ts, Identifier).
   */
  identify?(api: Api, core: Core): Identifier;
  /** Network services it runs beside the panel (started after the HTTP listeners, stopped before the areas close). */
  listeners?(api: Api, core: Core): readonly AreaListener[];
  /** Subscribes its handlers to other areas' events (in the emitting transaction, or after its commit). */
  events?(bus: EventBus, api: Api, core: Core): void;
  /** Releases what its services hold (connection pools to servers) when the process stops. */
  close?(api: Api): Promise<void>;
  /** Apollo plugins it needs at the GraphQL edge. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each plugin is typed with the request context it reads
  graphqlPlugins?: readonly ApolloServerPlugin<any>[];
}

/** Declares an area; typed, so a misspelt part fails to compile. */
export function defineModule<Api = undefined>(module: AreaModule<Api>): AreaModule<Api> {
  return module;
}

/** The services an area's declaration builds, e.g. `ApiOf<typeof plansModule>`. */
export type ApiOf<M> = M extends AreaModule<infer Api> ? Api : never;
