import { graphql } from '../../graphql/generated';

/** What a row of a token list shows (never the secret: only its hint). */
export const ApiTokenFields = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    hint
    status
    expiresAt
    createdAt
    lastUsedAt
    lastUsedIp
    revokedAt
    allowedIps
    scopes {
      group
      access
    }
    owner {
      id
      login
    }
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      ...ApiTokenFields
    }
  }
`);

export const CompanyApiTokensQuery = graphql(`
  query CompanyApiTokens {
    companyApiTokens {
      ...ApiTokenFields
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        ...ApiTokenFields
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);
