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
        source
        state
        lastError
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

/** The company's own certificates (panel, wildcard, mail), with what the SSL card shows of one. */
export const CompanyCertificatesQuery = graphql(`
  query CompanyCertificates {
    companyCertificates {
      ...SiteCertificateFields
    }
  }
`);

export const UploadCompanyCertificateMutation = graphql(`
  mutation UploadCompanyCertificate($kind: CertificateKind!, $input: CertificateUploadInput!) {
    uploadCompanyCertificate(kind: $kind, input: $input) {
      ...SiteCertificateFields
    }
  }
`);

/** Master admin: the ACME authority free certificates come from. */
export const AcmeSettingsQuery = graphql(`
  query AcmeSettings {
    acmeSettings {
      directoryUrl
      email
      accountUrl
      letsEncrypt
      letsEncryptStaging
    }
  }
`);

export const SetAcmeSettingsMutation = graphql(`
  mutation SetAcmeSettings($input: AcmeSettingsInput!) {
    setAcmeSettings(input: $input) {
      directoryUrl
      email
      accountUrl
      letsEncrypt
      letsEncryptStaging
    }
  }
`);

/** Orders one of the company's certificates over ACME; PENDING until the worker has it issued. */
export const IssueCompanyCertificateMutation = graphql(`
  mutation IssueCompanyCertificate($kind: CertificateKind!) {
    issueCompanyCertificate(kind: $kind) {
      ...SiteCertificateFields
    }
  }
`);

/** Admin: the company's rule for its customers' certificates. */
export const SslPolicyQuery = graphql(`
  query SslPolicy {
    sslPolicy {
      requireDedicatedIp
    }
  }
`);

export const SetSslPolicyMutation = graphql(`
  mutation SetSslPolicy($requireDedicatedIp: Boolean!) {
    setSslPolicy(requireDedicatedIp: $requireDedicatedIp) {
      requireDedicatedIp
    }
  }
`);
