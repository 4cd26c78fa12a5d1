import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityClass, MikroORM } from '@mikro-orm/core';
import type { Config } from './config';
import type { EventBus } from './events';
import type { Logger } from './logger';
import type { TaskService } from './tasks/tasks.service';
import type { TaskHandler } from './tasks/types';

/** What an HTTP route of an area gets besides the request: the process's parts, and the body on demand. */
export interface RouteContext<Services> {
  orm: MikroORM;
  config: Config;
  log: Logger;
  services: Services;
  /** The path without the query string, e.g. `/payments/notify/3`. */
  pathname: string;
  query: URLSearchParams;
  /** The request body as text; null when it is larger than the server accepts. */
  readBody(): Promise<string | null>;
}

/** A plain HTTP endpoint an area serves beside /graphql (a gateway's notification, a checkout page). */
export interface HttpRoute<Services = unknown> {
  /** The path it answers; ending in `/`, every path under it. */
  path: string;
  /** The methods it answers (others fall through to the next route, and finally the panel); absent: all. */
  methods?: readonly string[];
  handle(req: http.IncomingMessage, res: http.ServerResponse, at: RouteContext<Services>): Promise<void>;
}

/**
 * One area's declaration (its `index.ts`): what it plugs into the process. The app assembles the
 * schema, the entity list, the task registry, the periodic jobs and the HTTP routes from one list
 * of these (modules/index.ts), so adding an area is one line there.
 */
export interface AreaModule<Services = unknown> {
  /** The area's folder name, e.g. `dns`. */
  name: string;
  /** Its MikroORM entities (tables). */
  entities?: readonly EntityClass<object>[];
  /** Its type-graphql resolver classes. */
  resolvers?: readonly (new (...args: never[]) => unknown)[];
  /** Handlers for the task kinds it enqueues (changes to real servers). */
  taskHandlers?: readonly TaskHandler[];
  /** Registers its periodic jobs on the task engine (each decides from `config` whether to run). */
  schedule?(tasks: TaskService, config: Config): void;
  /** Its HTTP endpoints beside /graphql. */
  routes?: readonly HttpRoute<Services>[];
  /** Connects it to other areas' public services once they all exist (e.g. counting its resources for plan limits). */
  wire?(services: Services): void;
  /** Subscribes its handlers to other areas' events (in the emitting transaction, or after its commit). */
  events?(bus: EventBus<Services>): void;
  /** Apollo plugins it needs at the GraphQL edge. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each plugin is typed with the request context it reads
  graphqlPlugins?: readonly ApolloServerPlugin<any>[];
}

/** Declares an area; typed, so a misspelt part fails to compile. */
export function defineModule<Services>(module: AreaModule<Services>): AreaModule<Services> {
  return module;
}
