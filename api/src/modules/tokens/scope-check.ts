import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Ctx } from '../../graphql/context';
import { areaOf } from '../../graphql/schema';
import { audit } from '../audit';
import { ApiScopeAccess, AREA_GROUPS, grants, scopeOf, TOKEN_FORBIDDEN, type ScopeGrant } from './scopes';

/** A root field of an operation: its name, and the key its answer is under (its alias). */
interface RootField {
  field: string;
  key: string;
}

/** Every root field an operation selects, through fragments and inline fragments on the root type too. */
export function rootFields(operation: OperationDefinitionNode, document: DocumentNode): RootField[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const found: RootField[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD)
        found.push({ field: selection.name.value, key: selection.alias?.value ?? selection.name.value });
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name)) {
          seen.add(name);
          walk(fragment.selectionSet);
        }
      }
    }
  };
  walk(operation.selectionSet);
  return found;
}

/**
 * The first field below the root that the token may not read: a field an area's resolver adds to a
 * type (an account's servers, an invoice's payments) needs READ of that area's group, wherever it is
 * selected. Plain fields of a type need nothing more than the root field that reached them; fields of
 * areas no token may call (the viewer's own, the tokens') are read as their root allows.
 */
function unreadableField(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  scopes: readonly ScopeGrant[],
): { field: string; needs: string } | null {
  const typeInfo = new TypeInfo(schema);
  let found: { field: string; needs: string } | null = null;
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  for (const root of [operation, ...fragments]) {
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter() {
            const def = typeInfo.getFieldDef();
            const parent = typeInfo.getParentType();
            const onRoot = parent === schema.getQueryType() || parent === schema.getMutationType();
            if (found || !def || onRoot) return;
            const area = areaOf(def);
            const group = area === undefined ? undefined : AREA_GROUPS[area];
            if (group === undefined || group === TOKEN_FORBIDDEN || grants(scopes, group, false)) return;
            found = { field: `${parent?.name ?? '?'}.${def.name}`, needs: `${group}:${ApiScopeAccess.READ}` };
          },
        },
      }),
    );
  }
  return found;
}

function outOfScope(field: string, needs: string | null): GraphQLError {
  return new GraphQLError(
    needs
      ? `This API token may not use "${field}": it needs the ${needs} scope`
      : `"${field}" is not available to API tokens: sign in to the panel for it`,
    { extensions: { code: 'FORBIDDEN', tokenScope: needs ?? TOKEN_FORBIDDEN, http: { status: 403 } } },
  );
}

/**
 * The GraphQL edge of API tokens. Before anything runs, every root field of the operation (aliases
 * and fragments included) must be in the token's scopes: a query needs READ of its group, a mutation
 * READ_WRITE; operations no token may call are refused whatever its scopes. After a mutation, each
 * root field that succeeded is written to the audit trail with the token's name (`via`), so every
 * change made through a token is there, whether or not its area audits it too.
 */
export function tokenScopePlugin(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart({ contextValue }) {
      const token = contextValue.viewer?.apiToken;
      if (!token) return;
      const changes: RootField[] = [];
      return {
        async didResolveOperation({ operation, document, schema }) {
          if (!operation) return; // Apollo answers a document without a runnable operation itself
          const write = operation.operation === 'mutation';
          const root = write ? schema.getMutationType() : schema.getQueryType();
          if (operation.operation === 'subscription' || !root) throw outOfScope(operation.operation, null);
          const fields = root.getFields();
          for (const selected of rootFields(operation, document)) {
            if (selected.field.startsWith('__')) continue; // __typename, and introspection of the schema
            const def = fields[selected.field];
            const scope = def ? scopeOf(selected.field, areaOf(def)) : undefined;
            if (scope === undefined || scope === TOKEN_FORBIDDEN) throw outOfScope(selected.field, null);
            if (!grants(token.scopes, scope, write))
              throw outOfScope(selected.field, `${scope}:${write ? ApiScopeAccess.READ_WRITE : ApiScopeAccess.READ}`);
            if (write) changes.push(selected);
          }
          const nested = unreadableField(schema, operation, document, token.scopes);
          if (nested) throw outOfScope(nested.field, nested.needs);
        },
        async willSendResponse({ response }) {
          if (!changes.length || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!data) return;
          const failed = new Set((errors ?? []).map((e) => e.path?.[0]));
          const done = changes.filter((c) => !failed.has(c.key) && c.key in data);
          if (!done.length) return;
          const viewer = contextValue.viewer!;
          const em = contextValue.em.fork();
          try {
            for (const change of done)
              audit(em, {
                resellerId: viewer.resellerId,
                actorId: viewer.userId,
                action: 'apiToken.used',
                detail: `mutation ${change.field} through API token "${token.name}"`,
              });
            await em.flush();
          } catch (err) {
            contextValue.log.error({ err, token: token.id }, 'the audit entry of an API token’s change failed');
          }
        },
      };
    },
  };
}
