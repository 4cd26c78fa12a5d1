import type { MikroORM, Options } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import type { Config } from './config';
import { openOrm, ormOptionsFor } from './db/orm';
import { buildApiSchema, printSorted } from './graphql/schema';
import { defineModule, type AreaModule } from './module';
import { MODULES } from './modules';
import { EventBus } from './events';
import { serviceInstances, type Services } from './services';
import { scheduleTaskRetention } from './tasks/retention';
import { Task } from './tasks/task.entity';
import { TasksResolver } from './tasks/tasks.resolver';

/**
 * The composition root: the process assembled from the core and the list of areas
 * (modules/index.ts). Nothing in the core (db/, graphql/, http/, tasks/, drivers/) lists areas;
 * everything that needs "every area's X" takes it from here.
 */

/** The task engine's own parts, declared like an area's: its table, its admin API, its retention job. */
const tasksCore = defineModule<Services>({
  name: 'tasks',
  entities: [Task],
  resolvers: [TasksResolver],
  schedule: scheduleTaskRetention,
});

export const AREAS: readonly AreaModule<Services>[] = [tasksCore, ...MODULES];

/** Every entity, listed explicitly: no folder scanning, so tsc, SWC and bundlers all see the same set. */
export const entities = AREAS.flatMap((m) => m.entities ?? []);

/** MikroORM options for this app's entities (migrations, tests of upgrades). */
export function ormOptions(config: Config, opts: { migrations?: boolean } = {}): Promise<Options> {
  return ormOptionsFor(config, entities, opts);
}

/** Opens the database and brings its schema up to date; every start runs pending migrations. */
export function openDatabase(config: Config): Promise<MikroORM> {
  return openOrm(config, entities);
}

/** The process's services, with every area's task handlers, periodic jobs, event handlers and other wiring in. */
export function createServices(config: Config): Services {
  const services: Services = { ...serviceInstances(config), events: new EventBus<Services>() };
  for (const area of AREAS) {
    for (const handler of area.taskHandlers ?? []) services.tasks.register(handler);
    area.schedule?.(services.tasks, config);
    area.events?.(services.events);
    area.wire?.(services);
  }
  return services;
}

let schema: GraphQLSchema | undefined;

/** The executable schema of every area's resolvers, built once per process. */
export function getSchema(): GraphQLSchema {
  schema ??= buildApiSchema(AREAS.flatMap((m) => m.resolvers ?? []));
  return schema;
}

/** The public contract as committed in ../schema.graphql. */
export function printPublicSchema(): string {
  return printSorted(getSchema());
}
