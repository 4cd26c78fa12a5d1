import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Ctx } from '../../graphql/context';
import { areaOf } from '../../graphql/schema';
import { audit } from '../audit';
import { ApiScopeAccess, grants, scopeOf, TOKEN_FORBIDDEN } from './scopes';

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

function outOfScope(field: string, needs: string | null): GraphQLError {
  return new GraphQLError(
    needs
      ? `This API token may not call "${field}": it needs the ${needs} scope`
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
                actorId: viewer.user.id,
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
