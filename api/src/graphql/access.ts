import { Authorized, Extensions, type AuthChecker } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { Role } from './roles';
import type { Ctx } from './context';
import { appError } from '../errors';

/**
 * Who may call an operation. Every Query and Mutation field declares one; the schema
 * refuses to build otherwise (assertEveryOperationDeclared), so nothing ships unguarded.
 * - public: anyone, signed in or not
 * - signedIn: anyone signed in, support staff too: their own session, password and preferences, and the
 *   support desk's threads customers and staff share (each sees the rows of their scope)
 * - user: a customer or an admin (not support staff: what customers and admins do is not theirs)
 * - staff: the company's support desk: the master admin, a reseller admin, or a support staff login
 * - admin: the master admin or a reseller admin
 * - master: the master admin only
 */
export type AccessLevel = 'public' | 'signedIn' | 'user' | 'staff' | 'admin' | 'master';

export function Access(level: AccessLevel): MethodDecorator & PropertyDecorator {
  // The decorator serves methods and properties of any type: TypedPropertyDescriptor<unknown> would not accept them.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  return (target: object, key: string | symbol, descriptor?: TypedPropertyDescriptor<any>) => {
    Extensions({ access: level })(target, key, descriptor as TypedPropertyDescriptor<any>);
    if (level !== 'public') Authorized(level)(target, key, descriptor as TypedPropertyDescriptor<any>);
  };
  /* eslint-enable @typescript-eslint/no-explicit-any */
}

const allowed: Record<Exclude<AccessLevel, 'public'>, (role: Role) => boolean> = {
  signedIn: () => true,
  user: (role) => role !== Role.SUPPORT_STAFF,
  staff: (role) => role === Role.MASTER_ADMIN || role === Role.RESELLER_ADMIN || role === Role.SUPPORT_STAFF,
  admin: (role) => role === Role.MASTER_ADMIN || role === Role.RESELLER_ADMIN,
  master: (role) => role === Role.MASTER_ADMIN,
};

/** The one place that decides role access. Row access (tenant, owner) is the ORM scope filter's job. */
export const authChecker: AuthChecker<Ctx, string> = ({ context }, levels) => {
  const viewer = context.viewer;
  if (!viewer) throw appError('UNAUTHENTICATED', 'Sign in first');
  const ok = levels.every((level) => allowed[level as keyof typeof allowed]?.(viewer.role) ?? false);
  if (!ok) throw appError('FORBIDDEN', 'You are not allowed to do this');
  return true;
};

export function accessOf(schema: GraphQLSchema, type: 'Query' | 'Mutation', field: string): AccessLevel | undefined {
  const root = type === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return root?.getFields()[field]?.extensions?.access as AccessLevel | undefined;
}

export function assertEveryOperationDeclared(schema: GraphQLSchema): void {
  const missing: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (!field.extensions?.access) missing.push(`${root!.name}.${field.name}`);
    }
  }
  if (missing.length) throw new Error(`Operations without an @Access declaration: ${missing.join(', ')}`);
}
