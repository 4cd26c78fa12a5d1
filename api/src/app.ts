import type { MikroORM, Options } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import { checkSettings, type Config } from './config';
import { coreMigrations, migrationsFor, type MigrationDialect } from './db/migrations';
import { openOrm, ormOptionsFor, type Schema } from './db/orm';
import { EventBus } from './events';
import { identifyByFirst, type Identifier, type Identify } from './graphql/context';
import type { TlsCertificateSource } from './http/tls-listener';
import { buildApiSchema, printSorted } from './graphql/schema';
import type { ResolverInstances } from './graphql/resolver-instances';
import { defineModule, type AreaListener, type AreaModule, type Areas, type Core, type HttpRoute } from './module';
import { MODULES, type AnyArea } from './modules';
import { RateLimits } from './rate-limit';
import { SecretBox } from './secrets';
import { scheduleTaskRetention } from './tasks/retention';
import { Task } from './tasks/task.entity';
import { TasksResolver } from './tasks/tasks.resolver';
import { TaskService } from './tasks/tasks.service';

/**
 * The composition root: the process assembled from the core and the list of areas
 * (modules/index.ts). Nothing in the core (db/, graphql/, http/, tasks/, drivers/) lists areas;
 * everything that needs "every area's X" takes it from here.
 */

/** The task engine's own parts, declared like an area's: its table, its admin API, its retention job. */
const tasksCore = defineModule({
  name: 'tasks',
  entities: [Task],
  resolvers: [TasksResolver],
  schedule: (_api, core) => scheduleTaskRetention(core.tasks, core.config),
});

export const AREAS: readonly AnyArea[] = [tasksCore, ...MODULES];

/** Every entity, listed explicitly: no folder scanning, so tsc, SWC and bundlers all see the same set. */
export const entities = AREAS.flatMap((m) => m.entities ?? []);

/** The tables: every area's entities, and the core's migrations with every area's own. */
const tables: Schema = {
  entities,
  migrations: [coreMigrations, ...AREAS.flatMap((m) => (m.migrations ? [m.migrations] : []))],
};

/** Every migration of the app for one dialect, in the order they run. */
export function migrations(dialect: MigrationDialect) {
  return migrationsFor(dialect, tables.migrations);
}

/** MikroORM options for this app's entities (migrations, tests of upgrades). */
export function ormOptions(config: Config, opts: { migrations?: boolean } = {}): Promise<Options> {
  return ormOptionsFor(config, tables, opts);
}

/** Opens the database and brings its schema up to date; every start runs pending migrations. */
export function openDatabase(config: Config): Promise<MikroORM> {
  return openOrm(config, tables);
}

/** Checks every area's settings against the configuration's environment; one ConfigError lists every bad value. */
export function checkAreaSettings(config: Config): void {
  checkSettings(
    config,
    AREAS.flatMap((m) => (m.settings ? [m.settings].flat() : [])),
  );
}

/** One process's assembly: the core, every area's services, and what they plug in. */
export interface App extends Core {
  /** Every area's services by area. */
  areas: Areas;
  /** Every area's resolver instances, by class (the schema's container hands them to type-graphql). */
  resolvers: ResolverInstances;
  /** Every area's HTTP routes, in the order of the list. */
  routes: readonly HttpRoute[];
  /** Every area's network services beside the panel (the support area's SMTP listener). */
  listeners: readonly AreaListener[];
  /** Where the HTTPS listener finds a host's certificate: every area's that has one, in the order of the list. */
  tlsCertificates: readonly TlsCertificateSource[];
  /** Who calls, from a request: every area's way of identifying (a session cookie, a bearer token), asked in order. */
  identify: Identify;
  /** Releases what the areas hold (connection pools), last area first; after the task engine stopped. */
  close(): Promise<void>;
}

/**
 * Builds the process: the core, then each area in the order of the list (an area uses only those
 * before it), with its task handlers, periodic jobs, event handlers and resolvers.
 */
export function createApp(config: Config): App {
  checkAreaSettings(config);
  const secrets = new SecretBox(config);
  const core: Core = {
    config,
    secrets,
    tasks: new TaskService(config, secrets),
    events: new EventBus(),
    limits: new RateLimits(config),
  };
  const built = new Map<AreaModule<unknown>, unknown>();
  const areas: Areas = {
    get<Api>(area: AreaModule<Api>): Api {
      if (!built.has(area as AreaModule<unknown>))
        throw new Error(`Area "${area.name}" is used before it is built: list it earlier in modules/index.ts`);
      return built.get(area as AreaModule<unknown>) as Api;
    },
  };
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql keys resolvers by class
  const resolvers = new Map<Function, object>();
  const routes: HttpRoute[] = [];
  const tlsCertificates: TlsCertificateSource[] = [];
  const listeners: AreaListener[] = [];
  const identifiers: Identifier[] = [];
  for (const area of AREAS) {
    const api: unknown = area.services ? area.services(core, areas) : undefined;
    built.set(area, api);
    for (const handler of area.taskHandlers?.(api, core) ?? []) core.tasks.register(handler);
    area.schedule?.(api, core);
    area.events?.(core.events, api, core);
    for (const Resolver of area.resolvers ?? []) resolvers.set(Resolver, new Resolver(api, core));
    routes.push(...(area.routes?.(api, core) ?? []));
    if (area.tlsCertificates) tlsCertificates.push(area.tlsCertificates(api, core));
    listeners.push(...(area.listeners?.(api, core) ?? []));
    if (area.identify) identifiers.push(area.identify(api, core));
  }
  const identify = identifyByFirst(identifiers);
  const close = async () => {
    for (const area of [...AREAS].reverse()) await area.close?.(built.get(area));
    await core.limits.close();
  };
  return { ...core, areas, resolvers, routes, tlsCertificates, listeners, identify, close };
}

let schema: GraphQLSchema | undefined;

/** The executable schema of every area's resolvers, built once per process. */
export function getSchema(): GraphQLSchema {
  schema ??= buildApiSchema(AREAS.map((m) => ({ area: m.name, resolvers: m.resolvers ?? [] })));
  return schema;
}

/** The public contract as committed in ../schema.graphql. */
export function printPublicSchema(): string {
  return printSorted(getSchema());
}
