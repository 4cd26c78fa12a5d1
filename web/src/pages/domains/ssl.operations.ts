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
