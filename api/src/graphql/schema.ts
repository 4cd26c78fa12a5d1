import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { assertEveryOperationDeclared, authChecker } from './access';
import { RESOLVERS, type ResolverInstances } from './resolver-instances';

/** A type-graphql resolver class. */
export type ResolverClass = new (...args: never[]) => unknown;

/**
 * The executable schema of these resolvers; refuses to build if an operation lacks an access declaration.
 * One schema serves every app of the process: each request gets the resolver instances of its own
 * app (constructed with that app's services) from its context.
 */
export function buildApiSchema(resolvers: readonly ResolverClass[]): GraphQLSchema {
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

/** The public contract as committed in ../schema.graphql: sorted, so diffs stay readable. */
export function printSorted(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
