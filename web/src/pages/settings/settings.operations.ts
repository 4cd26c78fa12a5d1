import { graphql } from '../../graphql/generated';

/** A company's details (RES-1): the own company's settings, and a reseller's page for the master admin. */
export const CompanyDetailsFields = graphql(`
  fragment CompanyDetailsFields on Reseller {
    legalName
    address
    taxId
    supportEmail
    supportPhone
  }
`);

/** The own company's details, which the session does not carry. */
export const CompanyDetailsQuery = graphql(`
  query CompanyDetails($id: ID!) {
    reseller(id: $id) {
      id
      productCredit
      ...CompanyDetailsFields
    }
  }
`);

export const UpdateResellerSettingsMutation = graphql(`
  mutation UpdateResellerSettings($input: ResellerSettingsInput!) {
    updateResellerSettings(input: $input) {
      id
      name
      defaultSkin
      defaultLanguage
      productCredit
      ...CompanyDetailsFields
    }
  }
`);

/** The company's service domain and the name servers its zones are served by (DNS-1). */
export const DnsSettingsQuery = graphql(`
  query DnsSettings {
    dnsSettings {
      serviceDomain
      nameServers
    }
  }
`);

export const SetServiceDomainMutation = graphql(`
  mutation SetServiceDomain($serviceDomain: String!) {
    setServiceDomain(serviceDomain: $serviceDomain) {
      serviceDomain
      nameServers
    }
  }
`);
