import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, NoSchemaIntrospectionCustomRule, validate } from 'graphql';
import type { Ctx } from './context';

/** graphql-js appends its hints as one last sentence: ` Did you mean "user"?`, `… the enum value "A" or "B"?`. */
const SUGGESTION = /\s*Did you mean [^]*\?$/;

export const withoutSuggestions = (message: string): string => message.replace(SUGGESTION, '');

/**
 * Keeps the schema from anonymous callers unless GRAPHQL_PUBLIC_SCHEMA is on: introspection
 * (`__schema`, `__type`; `__typename` stays) is refused and "Did you mean …?" hints are cut from
 * error messages. A plugin, not a validation rule: rules do not see the caller, and a document
 * Apollo has validated before skips validation.
 */
export function schemaVisibilityPlugin(publicSchema: boolean): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart({ contextValue }) {
      if (publicSchema || contextValue.viewer) return;
      return {
        async didResolveOperation({ schema, document }) {
          const [found] = validate(schema, document, [NoSchemaIntrospectionCustomRule]);
          if (!found) return;
          const field = found.nodes?.[0]?.kind === Kind.FIELD ? found.nodes[0].name.value : '__schema';
          throw new GraphQLError(`Introspection is for signed-in callers only; the query asks for "${field}"`, {
            nodes: found.nodes,
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
          });
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = withoutSuggestions(error.message);
        },
      };
    },
  };
}
