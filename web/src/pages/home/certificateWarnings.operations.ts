import { graphql } from '../../graphql/generated';

/** The viewer's certificates (all their accounts'), for the home page's expiry warnings. */
export const CertificateWarningsQuery = graphql(`
  query CertificateWarnings($first: Int!) {
    certificates(first: $first) {
      nodes {
        id
        kind
        source
        state
        names
        notAfter
        lastError
        accountId
        domainId
      }
    }
  }
`);
