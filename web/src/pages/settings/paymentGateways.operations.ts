import { graphql } from '../../graphql/generated';

export const PaymentGatewayFields = graphql(`
  fragment PaymentGatewayFields on PaymentGateway {
    id
    kind
    name
    currencies
    enabled
    testMode
    baseUrl
    merchantAccount
    credentialsSet
    methods
    notifyPath
    createdAt
    updatedAt
  }
`);

/** The company's payment gateways (PAY-3). */
export const PaymentGatewaysQuery = graphql(`
  query PaymentGateways {
    paymentGateways {
      ...PaymentGatewayFields
    }
  }
`);

export const CreatePaymentGatewayMutation = graphql(`
  mutation CreatePaymentGateway($input: PaymentGatewayInput!) {
    createPaymentGateway(input: $input) {
      ...PaymentGatewayFields
    }
  }
`);

export const UpdatePaymentGatewayMutation = graphql(`
  mutation UpdatePaymentGateway($id: ID!, $input: PaymentGatewayInput!) {
    updatePaymentGateway(id: $id, input: $input) {
      ...PaymentGatewayFields
    }
  }
`);

export const DeletePaymentGatewayMutation = graphql(`
  mutation DeletePaymentGateway($id: ID!) {
    deletePaymentGateway(id: $id) {
      id
    }
  }
`);
