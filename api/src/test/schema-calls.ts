import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { getSchema } from '../app';

/**
 * Calls generated from the schema, for suites that attack every operation (access, control
 * characters): a field added tomorrow is called by yesterday's tests. A scalar these helpers
 * cannot fill fails the suites until it is taught here.
 */

export type Op = { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown>; access: unknown };

/** Every Query and Mutation field, with its access declaration. */
export function operations(): Op[] {
  const schema = getSchema();
  return [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field })),
  ].map((op) => ({ ...op, access: op.field.extensions?.access }));
}

const SCALARS: Record<string, unknown> = {
  ID: '1',
  String: 'dummy-value-1',
  Int: 1,
  Float: 1.5,
  Boolean: true,
  DateTimeISO: '2030-01-01T00:00:00Z',
};

/** A value (as JSON variables carry it) that passes type validation: required input fields only. */
export function dummyValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType);
  if (isListType(type)) return [dummyValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, dummyValue(f.type)]));
  }
  if (isScalarType(type) && type.name in SCALARS) return SCALARS[type.name];
  throw new Error(`No dummy value for ${String(type)}: teach test/schema-calls.ts about it`);
}

/** `value` (JSON, as dummyValue makes it) written as a GraphQL literal of `type`. JSON string escapes are GraphQL's too. */
export function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  if (isNonNullType(type)) return literal(value, type.ofType);
  if (isListType(type)) return `[${(value as unknown[]).map((v) => literal(v, type.ofType)).join(', ')}]`;
  if (isEnumType(type)) return String(value);
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]!.type)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** A GraphQL literal that passes type validation, so a call reaches the authorization check. */
export const dummy = (type: GraphQLInputType): string => literal(dummyValue(type), type);

/** The selection an operation's answer needs: __typename for objects, nothing for scalars. */
export const selectionOf = (op: Op): string => (isObjectType(getNamedType(op.field.type)) ? ' { __typename }' : '');

/** The smallest well-formed call of an operation: required arguments only, __typename as the selection. */
export function callOf(op: Op): string {
  const args = op.field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${dummy(a.type)}`).join(', ')})` : '';
  return `${op.kind} { ${op.field.name}${argText}${selectionOf(op)} }`;
}
