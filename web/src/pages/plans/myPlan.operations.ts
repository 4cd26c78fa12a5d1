import { graphql } from '../../graphql/generated';

export const MyBillingProfileFields = graphql(`
  fragment MyBillingProfileFields on BillingProfile {
    id
    name
    company
    address
    city
    postalCode
    country
    email
    phone
  }
`);

/** The active account's plan, period, limits and billing profile. */
export const MyPlanQuery = graphql(`
  query MyPlan($accountId: ID!) {
    account(id: $accountId) {
      id
      name
      status
      suspendedReason
      overdueSince
      periodMonths
      nextBillingAt
      plan {
        ...PlanOfferFields
      }
      limits {
        kind
        limit
        used
      }
    }
    billingProfile(accountId: $accountId) {
      ...MyBillingProfileFields
    }
  }
`);

/** Plans the viewer may move to or open an account under. */
export const MyPlanChoicesQuery = graphql(`
  query MyPlanChoices {
    plans {
      ...PlanOfferFields
    }
  }
`);

export const PlanChangeQuoteFields = graphql(`
  fragment PlanChangeQuoteFields on PlanChangeQuoteView {
    periodMonths
    periodStart
    periodEnd
    plan {
      id
      name
    }
    lines {
      ...PricedLineFields
    }
    subtotal {
      ...MoneyFields
    }
    tax {
      ...MoneyFields
    }
    taxName
    taxPercent
    total {
      ...MoneyFields
    }
  }
`);

/** What a plan change would cost now; changes nothing. */
export const MyPlanChangeQuoteQuery = graphql(`
  query MyPlanChangeQuote($input: ChangePlanInput!) {
    planChangeQuote(input: $input) {
      ...PlanChangeQuoteFields
    }
  }
`);

export const ChangeMyPlanMutation = graphql(`
  mutation ChangeMyPlan($input: ChangePlanInput!) {
    changePlan(input: $input) {
      ...PlanChangeQuoteFields
    }
  }
`);

export const OpenAnotherAccountMutation = graphql(`
  mutation OpenAnotherAccount($input: AddAccountInput!) {
    addAccount(input: $input) {
      id
      name
      status
    }
  }
`);

export const UpdateMyBillingProfileMutation = graphql(`
  mutation UpdateMyBillingProfile($accountId: ID, $input: BillingProfileInput!) {
    updateBillingProfile(accountId: $accountId, input: $input) {
      ...MyBillingProfileFields
    }
  }
`);
