import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNullableType,
  isInputObjectType,
  isListType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';
import { badInput, type FieldError } from '../errors';

/**
 * NUL and the other C0 control characters, except TAB, LF and CR: multi-line text (TXT data, zone
 * file imports, notes) may hold those, and single-line fields refuse them in their own zod checks.
 * No stored value needs the rest, and NUL breaks both databases: MikroORM writes values into the
 * statement's text, where SQLite's tokenizer stops at a NUL and PostgreSQL text cannot hold one.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const MESSAGE = 'must not contain control characters (such as NUL); only tab and line breaks are allowed';

type Path = (string | number)[];

/** A field name as forms know it: the path inside the argument, the `input.` prefix left off (as zod's messages name them). */
function fieldName(path: Path): string {
  const parts = path[0] === 'input' && path.length > 1 ? path.slice(1) : path;
  return parts.join('.');
}

/**
 * Every place in `operation` (and the fragments it may spread) where a string holding a refused
 * character is handed to an argument: literals, variables (by where they are used, so the field
 * is named as the argument sees it), variables' defaults, and strings inside input objects and
 * lists at any depth. Any scalar counts, custom ones too: the check reads the text as sent,
 * before a scalar parses it.
 */
export function controlCharacterFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): FieldError[] {
  const found = new Map<string, FieldError>();
  const refuse = (path: Path): void => {
    const field = fieldName(path);
    if (!found.has(field)) found.set(field, { field, message: MESSAGE });
  };
  const definitions = new Map<string, VariableDefinitionNode>(
    (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d]),
  );

  function sent(value: unknown, type: GraphQLInputType, path: Path): void {
    if (value == null) return;
    const t = getNullableType(type);
    if (typeof value === 'string') {
      if (CONTROL.test(value)) refuse(path);
    } else if (isListType(t)) {
      if (Array.isArray(value)) value.forEach((item, i) => sent(item, t.ofType, [...path, i]));
      else sent(value, t.ofType, path); // a single value where a list is expected is a list of one
    } else if (isInputObjectType(t) && typeof value === 'object' && !Array.isArray(value)) {
      const fields = t.getFields();
      for (const [name, v] of Object.entries(value)) if (fields[name]) sent(v, fields[name].type, [...path, name]);
    }
  }

  function literal(node: ValueNode, type: GraphQLInputType, path: Path): void {
    const t = getNullableType(type);
    switch (node.kind) {
      case Kind.VARIABLE: {
        const name = node.name.value;
        if (variables && Object.hasOwn(variables, name)) sent(variables[name], type, path);
        else if (definitions.get(name)?.defaultValue) literal(definitions.get(name)!.defaultValue!, type, path);
        return;
      }
      case Kind.STRING:
        if (CONTROL.test(node.value)) refuse(path);
        return;
      case Kind.LIST:
        if (isListType(t)) node.values.forEach((item, i) => literal(item, t.ofType, [...path, i]));
        return;
      case Kind.OBJECT:
        if (!isListType(t) && isInputObjectType(t)) {
          const fields = t.getFields();
          for (const f of node.fields)
            if (fields[f.name.value]) literal(f.value, fields[f.name.value]!.type, [...path, f.name.value]);
        } else if (isListType(t)) {
          literal(node, t.ofType, path);
        }
        return;
      default:
        return; // numbers, booleans, enums and null hold no text
    }
  }

  const typeInfo = new TypeInfo(schema);
  const executed: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
  };
  visit(
    executed,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const arg = typeInfo.getArgument();
        if (arg) literal(node.value, arg.type, [arg.name]);
        return false;
      },
    }),
  );
  return [...found.values()];
}

/** Whether any string inside a variables value holds a refused character (wherever it is used). */
function anyRefused(value: unknown): boolean {
  if (typeof value === 'string') return CONTROL.test(value);
  if (Array.isArray(value)) return value.some(anyRefused);
  if (value !== null && typeof value === 'object') return Object.values(value).some(anyRefused);
  return false;
}

/**
 * Operations whose own text (literals, variables' defaults) holds no refused character. Apollo
 * keeps one parsed document per query text, so a query sent again is checked by its variables
 * only, and walked with the schema only when one of them holds a refused character.
 */
const cleanText = new WeakMap<OperationDefinitionNode, boolean>();

function refusedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): FieldError[] {
  let clean = cleanText.get(operation);
  if (clean === undefined) {
    clean = controlCharacterFields(schema, document, operation, {}).length === 0;
    cleanText.set(operation, clean);
  }
  if (clean && !anyRefused(variables)) return [];
  return controlCharacterFields(schema, document, operation, variables);
}

/**
 * Refuses, before anything runs, an operation that hands any argument a string with a control
 * character: BAD_USER_INPUT naming each such field (HTTP 400, as for other input refused before
 * execution). One check at the edge for every string argument, signed in or not.
 */
export const refuseControlCharacters: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const fields = refusedFields(schema, document, operation, request.variables);
        if (fields.length === 0) return;
        const refused = badInput(fields);
        throw new GraphQLError(refused.message, { extensions: { ...refused.extensions, http: { status: 400 } } });
      },
    };
  },
};
