import { graphql } from '../../graphql/generated';

export const UpdateResellerSettingsMutation = graphql(`
  mutation UpdateResellerSettings($input: ResellerSettingsInput!) {
    updateResellerSettings(input: $input) {
      id
      name
      defaultSkin
      defaultLanguage
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
