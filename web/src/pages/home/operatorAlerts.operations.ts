import { graphql } from '../../graphql/generated';

/** Open setup problems of the admin's company (operator alerts), latest first. */
export const OperatorAlertsQuery = graphql(`
  query OperatorAlerts {
    operatorAlerts {
      id
      problem
      message
      fixPath
      occurrences
      lastSeenAt
    }
  }
`);

export const DismissOperatorAlertMutation = graphql(`
  mutation DismissOperatorAlert($id: ID!) {
    dismissOperatorAlert(id: $id) {
      id
      resolvedAt
    }
  }
`);
