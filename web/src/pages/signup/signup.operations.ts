import { graphql } from '../../graphql/generated';

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

/** The plans this host's company offers on its signup page. */
export const SignupPlansQuery = graphql(`
  query SignupPlans {
    signupPlans {
      ...PlanOfferFields
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
