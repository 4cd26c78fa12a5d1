import { graphql } from '../../graphql/generated';
import type { SignupPlansQuery as SignupPlansData } from '../../graphql/generated/graphql';

/** A plan as customers compare it: its periods with their prices, and the resources it includes. */
export const PlanOfferFields = graphql(`
  fragment PlanOfferFields on Plan {
    id
    name
    description
    signupEnabled
    moderated
    setupFee {
      ...MoneyFields
    }
    periods {
      months
      discountPercent
      price {
        ...MoneyFields
      }
    }
    resources {
      kind
      maxUnits
      freeUnits
      setupFee {
        ...MoneyFields
      }
      usagePrice {
        ...MoneyFields
      }
    }
  }
`);

/** What starting on a period of a plan costs, priced by the API: its setup fees, tax and first invoice. */
export const SignupQuoteFields = graphql(`
  fragment SignupQuoteFields on PlanPeriodView {
    months
      setupFees {
        ...MoneyFields
      }
      firstInvoice {
        ...MoneyFields
      }
      firstInvoiceTax {
        name
        percent
        amount {
          ...MoneyFields
        }
      }
      firstInvoiceTotal {
        ...MoneyFields
      }
  }
`);

/** The plans this host's company offers on its signup page, each period with what starting on it costs. */
export const SignupPlansQuery = graphql(`
  query SignupPlans {
    signupPlans {
      ...PlanOfferFields
      periods {
        ...SignupQuoteFields
      }
    }
  }
`);

/** Creates user, account and first invoice, and signs the new user in. */
export const SignupMutation = graphql(`
  mutation Signup($input: SignupInput!) {
    signup(input: $input) {
      id
      name
      status
    }
  }
`);

/** A plan on the signup page, its periods priced to start on. */
export type SignupPlan = SignupPlansData['signupPlans'][number];
