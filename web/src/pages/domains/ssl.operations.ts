import { graphql } from '../../graphql/generated';

/** What the SSL card shows of a site's certificate (never a key: the API has none to give). */
export const SiteCertificateFields = graphql(`
  fragment SiteCertificateFields on Certificate {
    id
    kind
    source
    state
    names
    keyType
    issuer
    serial
    fingerprint
    notBefore
    notAfter
    certificatePem
    chainPem
    csrPem
    keyUploaded
    siteId
    lastError
    createdAt
  }
`);

export const UploadSiteCertificateMutation = graphql(`
  mutation UploadSiteCertificate($siteId: ID!, $input: CertificateUploadInput!) {
    uploadSiteCertificate(siteId: $siteId, input: $input) {
      ...SiteCertificateFields
    }
  }
`);

export const RequestSiteCertificateMutation = graphql(`
  mutation RequestSiteCertificate($siteId: ID!, $keyType: KeyType!) {
    requestSiteCertificate(siteId: $siteId, keyType: $keyType) {
      ...SiteCertificateFields
    }
  }
`);

export const DeleteCertificateMutation = graphql(`
  mutation DeleteCertificate($id: ID!) {
    deleteCertificate(id: $id)
  }
`);

/** Orders a free certificate (ACME) for the site; it comes back PENDING and the worker issues it. */
export const IssueSiteCertificateMutation = graphql(`
  mutation IssueSiteCertificate($siteId: ID!) {
    issueSiteCertificate(siteId: $siteId) {
      ...SiteCertificateFields
    }
  }
`);

/** Orders an ACME certificate again: "Try again" after a failure, "Renew now" before its time. */
export const ReissueCertificateMutation = graphql(`
  mutation ReissueCertificate($id: ID!) {
    reissueCertificate(id: $id) {
      ...SiteCertificateFields
    }
  }
`);

/** The site's redirect to HTTPS and HSTS; the answer updates the site in the cache by its id. */
export const SetSiteHttpsMutation = graphql(`
  mutation SetSiteHttps($siteId: ID!, $input: SiteHttpsInput!) {
    setSiteHttps(siteId: $siteId, input: $input) {
      id
      httpsRedirect
      hsts
      state
    }
  }
`);

/** The customer's own uploaded key, given back for their password (audited; the panel's own keys never leave it). */
export const CertificatePrivateKeyMutation = graphql(`
  mutation CertificatePrivateKey($id: ID!, $password: String!) {
    certificatePrivateKey(id: $id, password: $password)
  }
`);
