import { graphql } from '../../graphql/generated';

/** Admin: the company's certificates, newest first; of one account when `accountId` is given. */
export const AdminCertificatesQuery = graphql(`
  query AdminCertificates($accountId: ID, $after: String, $first: Int!) {
    certificates(accountId: $accountId, after: $after, first: $first) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        kind
        state
        names
        issuer
        notAfter
        siteId
        accountId
        domainId
      }
    }
  }
`);
