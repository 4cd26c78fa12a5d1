/** The resolver instances of the app a request runs in, by class; the request's context carries them. */
export const RESOLVERS = Symbol('resolvers');

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql keys resolvers by class
export type ResolverInstances = ReadonlyMap<Function, object>;
