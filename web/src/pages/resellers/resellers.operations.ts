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
        status
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

/** What a reseller's page shows and edits: status, host, company details and admin logins. */
export const ResellerFields = graphql(`
  fragment ResellerFields on Reseller {
    id
    name
    cpHost
    isRoot
    status
    suspendedReason
    suspendedAt
    createdAt
    ...CompanyDetailsFields
    admins {
      id
      login
      email
      role
    }
  }
`);

export const ResellerQuery = graphql(`
  query Reseller($id: ID!) {
    reseller(id: $id) {
      ...ResellerFields
    }
  }
`);

export const UpdateResellerMutation = graphql(`
  mutation UpdateReseller($id: ID!, $input: UpdateResellerInput!) {
    updateReseller(id: $id, input: $input) {
      ...ResellerFields
    }
  }
`);

export const SuspendResellerMutation = graphql(`
  mutation SuspendReseller($id: ID!, $reason: String!) {
    suspendReseller(id: $id, reason: $reason) {
      ...ResellerFields
    }
  }
`);

export const ResumeResellerMutation = graphql(`
  mutation ResumeReseller($id: ID!) {
    resumeReseller(id: $id) {
      ...ResellerFields
    }
  }
`);

export const DeleteResellerMutation = graphql(`
  mutation DeleteReseller($id: ID!) {
    deleteReseller(id: $id)
  }
`);
