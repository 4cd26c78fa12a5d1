import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, Extensions, getMetadataStorage } from 'type-graphql';
import { assertEveryOperationDeclared, authChecker } from './access';
import { RESOLVERS, type ResolverInstances } from './resolver-instances';

/** A type-graphql resolver class. */
export type ResolverClass = new (...args: never[]) => unknown;

/** The resolver classes of one area (named as in its manifest). */
export interface AreaResolvers {
  area: string;
  resolvers: readonly ResolverClass[];
}

/**
 * The executable schema of these areas' resolvers; refuses to build if an operation lacks an access
 * declaration. Each Query and Mutation field, and each field a resolver adds to a type, carries the
 * name of the area whose resolver declares it (`extensions.area`, read with areaOf), so what is decided per area (an API token's scopes) is
 * derived rather than listed field by field.
 * One schema serves every app of the process: each request gets the resolver instances of its own
 * app (constructed with that app's services) from its context.
 */
export function buildApiSchema(areas: readonly AreaResolvers[]): GraphQLSchema {
  labelOperations(areas);
  const resolvers = areas.flatMap((a) => a.resolvers);
  const schema = buildSchemaSync({
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql types resolver classes as Function
    resolvers: [...resolvers] as unknown as [Function, ...Function[]],
    container: {
      get(resolver, { context }) {
        const instance = (context as { [RESOLVERS]?: ResolverInstances })[RESOLVERS]?.get(resolver);
        if (!instance) throw new Error(`No instance of resolver ${(resolver as { name?: string }).name} in this app`);
        return instance;
      },
    },
    authChecker,
    authMode: 'error',
    validate: false, // input is validated by zod in the services, which report per-field messages
    emitSchemaFile: false,
  });
  assertEveryOperationDeclared(schema);
  return schema;
}

const labelled = new WeakSet<object>();

/** Adds `{ area }` to the extensions of every query, mutation and field resolver each area's resolvers declare (once per class). */
function labelOperations(areas: readonly AreaResolvers[]): void {
  const storage = getMetadataStorage();
  for (const { area, resolvers } of areas) {
    for (const resolver of resolvers) {
      if (labelled.has(resolver)) continue;
      labelled.add(resolver);
      for (const op of [...storage.queries, ...storage.mutations, ...storage.fieldResolvers]) {
        if (op.target === resolver) Extensions({ area })(resolver.prototype as object, op.methodName);
      }
    }
  }
}

/** The area whose resolver declares a Query or Mutation field, or a field resolver (buildApiSchema), e.g. `dns`; undefined for plain object fields. */
export function areaOf(field: { extensions?: Readonly<Record<string, unknown>> | null }): string | undefined {
  const area = field.extensions?.area;
  return typeof area === 'string' ? area : undefined;
}

/** The public contract as committed in ../schema.graphql: sorted, so diffs stay readable. */
export function printSorted(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
