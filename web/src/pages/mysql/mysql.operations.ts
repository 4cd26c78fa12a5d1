import { graphql } from '../../graphql/generated';

export const MysqlDatabaseFields = graphql(`
  fragment MysqlDatabaseFields on MysqlDatabase {
    id
    name
    charset
    host
    port
    state
    sizeBytes
    sizeCheckedAt
    createdAt
    users {
      id
      name
    }
  }
`);

export const MysqlUserFields = graphql(`
  fragment MysqlUserFields on MysqlUser {
    id
    name
    state
    passwordChangedAt
    createdAt
    databases {
      id
      name
    }
  }
`);

/** An account's databases and DB users, with its limits. */
export const MysqlQuery = graphql(`
  query Mysql($accountId: ID!) {
    account(id: $accountId) {
      id
      name
      limits {
        kind
        limit
      }
    }
    mysqlDatabases(accountId: $accountId) {
      ...MysqlDatabaseFields
    }
    mysqlUsers(accountId: $accountId) {
      ...MysqlUserFields
    }
  }
`);

export const CreateMysqlDatabaseMutation = graphql(`
  mutation CreateMysqlDatabase($input: CreateMysqlDatabaseInput!) {
    createMysqlDatabase(input: $input) {
      ...MysqlDatabaseFields
    }
  }
`);

export const DeleteMysqlDatabaseMutation = graphql(`
  mutation DeleteMysqlDatabase($id: ID!) {
    deleteMysqlDatabase(id: $id) {
      id
      state
    }
  }
`);

export const CreateMysqlUserMutation = graphql(`
  mutation CreateMysqlUser($input: CreateMysqlUserInput!) {
    createMysqlUser(input: $input) {
      ...MysqlUserFields
    }
  }
`);

export const SetMysqlUserPasswordMutation = graphql(`
  mutation SetMysqlUserPassword($id: ID!, $password: String!) {
    setMysqlUserPassword(id: $id, password: $password) {
      id
      state
      passwordChangedAt
    }
  }
`);

export const DeleteMysqlUserMutation = graphql(`
  mutation DeleteMysqlUser($id: ID!) {
    deleteMysqlUser(id: $id) {
      id
      state
    }
  }
`);

export const GrantMysqlDatabaseMutation = graphql(`
  mutation GrantMysqlDatabase($userId: ID!, $databaseId: ID!) {
    grantMysqlDatabase(userId: $userId, databaseId: $databaseId) {
      id
      state
    }
  }
`);

export const RevokeMysqlDatabaseMutation = graphql(`
  mutation RevokeMysqlDatabase($userId: ID!, $databaseId: ID!) {
    revokeMysqlDatabase(userId: $userId, databaseId: $databaseId)
  }
`);

/** Queues a fresh reading of the account's database sizes; the page polls until sizeCheckedAt moves. */
export const RefreshMysqlSizesMutation = graphql(`
  mutation RefreshMysqlSizes($accountId: ID!) {
    refreshMysqlSizes(accountId: $accountId)
  }
`);
