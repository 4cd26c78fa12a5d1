import { graphql } from '../../graphql/generated';

export const ResellersQuery = graphql(`
  query Resellers($search: String, $after: String, $first: Int!) {
    resellers(search: $search, after: $after, first: $first) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        cpHost
        isRoot
        defaultSkin
        defaultLanguage
        createdAt
      }
    }
  }
`);

export const CreateResellerMutation = graphql(`
  mutation CreateReseller($input: CreateResellerInput!) {
    createReseller(input: $input) {
      id
      name
    }
  }
`);
