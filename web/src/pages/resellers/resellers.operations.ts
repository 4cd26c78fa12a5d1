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
    cpHostAliases
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

/** One quota of a reseller: its limit, what its customers use, and what their plans promise. */
export const ResellerQuotaFields = graphql(`
  fragment ResellerQuotaFields on ResellerQuota {
    kind
    limit
    used
    promised
    promiseLimit
  }
`);

/** Master admin: a reseller's subscription and quotas, and the reseller plans it may be given. */
export const ResellerPlanQuery = graphql(`
  query ResellerPlan($id: ID!) {
    reseller(id: $id) {
      id
      subscription {
        id
        name
        status
        periodMonths
        nextBillingAt
        plan {
          id
          name
        }
      }
      quotas {
        ...ResellerQuotaFields
      }
    }
    plans {
      id
      name
      forResellers
      periods {
        months
      }
    }
  }
`);

export const SetResellerPlanMutation = graphql(`
  mutation SetResellerPlan($input: SetResellerPlanInput!) {
    setResellerPlan(input: $input) {
      id
    }
  }
`);

/** A reseller admin: its own company's quotas. */
export const OwnQuotasQuery = graphql(`
  query OwnQuotas {
    viewer {
      reseller {
        id
        quotas {
          ...ResellerQuotaFields
        }
      }
    }
  }
`);
