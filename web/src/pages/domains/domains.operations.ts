import { graphql } from '../../graphql/generated';

export const DomainListFields = graphql(`
  fragment DomainListFields on Domain {
    id
    name
    unicodeName
    kind
    state
    instantAlias
    nameServers
    createdAt
    site {
      id
      state
    }
  }
`);

export const ResourceRecordFields = graphql(`
  fragment ResourceRecordFields on ResourceRecord {
    id
    name
    fqdn
    type
    ttl
    value
    target
    priority
    weight
    port
    flags
    tag
    managed
  }
`);

/** An account's domains, and the service domain third-level names go under. */
export const DomainsQuery = graphql(`
  query Domains($accountId: ID) {
    viewer {
      reseller {
        id
        serviceDomain
      }
    }
    domains(accountId: $accountId) {
      ...DomainListFields
    }
  }
`);

/** One domain with its zone, site and DNS records. */
export const DomainQuery = graphql(`
  query Domain($id: ID!) {
    domain(id: $id) {
      ...DomainListFields
      zone {
        id
        name
        serial
        state
      }
      site {
        id
        serverNames
        documentRoot
        directory
        state
        httpsRedirect
        hsts
        certificate {
          ...SiteCertificateFields
        }
        certificateRequest {
          ...SiteCertificateFields
        }
      }
      records {
        ...ResourceRecordFields
      }
    }
  }
`);

export const AddDomainMutation = graphql(`
  mutation AddDomain($input: AddDomainInput!) {
    addDomain(input: $input) {
      ...DomainListFields
    }
  }
`);

export const DeleteDomainMutation = graphql(`
  mutation DeleteDomain($id: ID!) {
    deleteDomain(id: $id) {
      id
      state
    }
  }
`);

export const AddDnsRecordMutation = graphql(`
  mutation AddDnsRecord($domainId: ID!, $input: DnsRecordInput!) {
    addDnsRecord(domainId: $domainId, input: $input) {
      ...ResourceRecordFields
    }
  }
`);

export const UpdateDnsRecordMutation = graphql(`
  mutation UpdateDnsRecord($id: ID!, $input: DnsRecordInput!) {
    updateDnsRecord(id: $id, input: $input) {
      ...ResourceRecordFields
    }
  }
`);

export const DeleteDnsRecordMutation = graphql(`
  mutation DeleteDnsRecord($id: ID!) {
    deleteDnsRecord(id: $id)
  }
`);

export const ImportZoneFileMutation = graphql(`
  mutation ImportZoneFile($domainId: ID!, $text: String!) {
    importZoneFile(domainId: $domainId, text: $text) {
      added {
        id
      }
      skipped {
        line
        text
        reason
      }
      rejected {
        line
        text
        reason
      }
    }
  }
`);
