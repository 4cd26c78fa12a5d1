import { graphql } from '../../graphql/generated';

export const TaskFields = graphql(`
  fragment TaskFields on Task {
    id
    kind
    state
    subject
    attempts
    maxAttempts
    runAfter
    lastError
    createdAt
    startedAt
    finishedAt
    server {
      id
      name
    }
    account {
      id
      name
    }
  }
`);

export const TasksQuery = graphql(`
  query Tasks($first: Int!, $after: String, $search: String, $state: TaskState, $serverId: ID, $accountId: ID) {
    tasks(first: $first, after: $after, search: $search, state: $state, serverId: $serverId, accountId: $accountId) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...TaskFields
      }
    }
  }
`);

export const RetryTaskMutation = graphql(`
  mutation RetryTask($id: ID!) {
    retryTask(id: $id) {
      ...TaskFields
    }
  }
`);

export const CancelTaskMutation = graphql(`
  mutation CancelTask($id: ID!) {
    cancelTask(id: $id) {
      ...TaskFields
    }
  }
`);
