import { graphql } from '../../graphql/generated';

export const WebhookFields = graphql(`
  fragment WebhookFields on Webhook {
    id
    url
    events
    enabled
    description
    createdAt
  }
`);

export const WebhookDeliveryFields = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    eventId
    eventType
    attempt
    ok
    statusCode
    durationMs
    error
    response
    createdAt
  }
`);

export const WebhooksQuery = graphql(`
  query Webhooks {
    webhooks {
      ...WebhookFields
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($webhookId: ID!, $first: Int!, $after: String) {
    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...WebhookDeliveryFields
      }
    }
  }
`);

export const CreateWebhookMutation = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        ...WebhookFields
      }
    }
  }
`);

export const UpdateWebhookMutation = graphql(`
  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
    updateWebhook(id: $id, input: $input) {
      ...WebhookFields
    }
  }
`);

export const DeleteWebhookMutation = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      webhook {
        id
      }
    }
  }
`);

export const SendTestWebhookMutation = graphql(`
  mutation SendTestWebhook($id: ID!) {
    sendTestWebhook(id: $id) {
      eventId
    }
  }
`);

export const WebhookPolicyQuery = graphql(`
  query WebhookPolicy {
    webhookPolicy {
      allowPrivateTargets
    }
  }
`);

export const SetWebhookPolicyMutation = graphql(`
  mutation SetWebhookPolicy($allowPrivateTargets: Boolean!) {
    setWebhookPolicy(allowPrivateTargets: $allowPrivateTargets) {
      allowPrivateTargets
    }
  }
`);
