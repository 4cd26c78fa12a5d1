import { graphql } from '../../graphql/generated';

/** The company's payment term, dunning and automatic card charges (Reseller fields). */
export const BillingSettingsQuery = graphql(`
  query BillingSettings($resellerId: ID!) {
    reseller(id: $resellerId) {
      id
      currency
      paymentTermDays
      reminderDays
      suspendAfterDays
      autoChargeDaysBefore
      autoChargeAttempts
    }
  }
`);

export const UpdateBillingSettingsMutation = graphql(`
  mutation UpdateBillingSettings($input: BillingSettingsInput!) {
    updateBillingSettings(input: $input) {
      id
      paymentTermDays
      reminderDays
      suspendAfterDays
      autoChargeDaysBefore
      autoChargeAttempts
    }
  }
`);

/** The company's tax rates, newest first. */
export const TaxRatesQuery = graphql(`
  query TaxRates {
    taxRates {
      id
      name
      ratePercent
      validFrom
    }
  }
`);

export const AddTaxRateMutation = graphql(`
  mutation AddTaxRate($input: TaxRateInput!) {
    addTaxRate(input: $input) {
      id
      name
      validFrom
    }
  }
`);
