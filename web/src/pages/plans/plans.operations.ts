import { graphql } from '../../graphql/generated';

/** A plan as the editor shows it: what customers see (PlanOfferFields), plus platform and every fee. */
export const AdminPlanFields = graphql(`
  fragment AdminPlanFields on Plan {
    ...PlanOfferFields
    platform
    forResellers
    oversellPercent
    setupFee {
      ...MoneyFields
    }
    recurringFee {
      ...MoneyFields
    }
    resources {
      setupFee {
        ...MoneyFields
      }
      recurringFee {
        ...MoneyFields
      }
    }
  }
`);

/** Admin: every plan of the company, by name. */
export const AdminPlansQuery = graphql(`
  query AdminPlans {
    plans {
      ...AdminPlanFields
    }
  }
`);

export const AdminPlanQuery = graphql(`
  query AdminPlan($id: ID!) {
    plan(id: $id) {
      ...AdminPlanFields
    }
  }
`);

/** The currency the company bills in: a new plan's amounts are in it. */
export const PlanCurrencyQuery = graphql(`
  query PlanCurrency($resellerId: ID!) {
    reseller(id: $resellerId) {
      id
      currency
    }
  }
`);

export const CreatePlanMutation = graphql(`
  mutation CreatePlan($input: PlanInput!) {
    createPlan(input: $input) {
      ...AdminPlanFields
    }
  }
`);

export const UpdatePlanMutation = graphql(`
  mutation UpdatePlan($id: ID!, $input: PlanInput!) {
    updatePlan(id: $id, input: $input) {
      ...AdminPlanFields
    }
  }
`);

export const DeletePlanMutation = graphql(`
  mutation DeletePlan($id: ID!) {
    deletePlan(id: $id) {
      id
      name
    }
  }
`);
