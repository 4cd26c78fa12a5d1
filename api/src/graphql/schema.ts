import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { assertEveryOperationDeclared, authChecker } from './access';

/** A type-graphql resolver class. */
export type ResolverClass = new (...args: never[]) => unknown;

/** The executable schema of these resolvers; refuses to build if an operation lacks an access declaration. */
export function buildApiSchema(resolvers: readonly ResolverClass[]): GraphQLSchema {
  const schema = buildSchemaSync({
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql types resolver classes as Function
    resolvers: [...resolvers] as unknown as [Function, ...Function[]],
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
