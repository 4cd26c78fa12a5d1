import { graphql } from '../../graphql/generated';

export const UsersQuery = graphql(`
  query Users($search: String, $after: String, $first: Int!) {
    users(search: $search, after: $after, first: $first) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        login
        email
        role
        createdAt
        reseller {
          id
          name
        }
      }
    }
  }
`);

export const UserQuery = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      id
      login
      email
      role
      createdAt
      reseller {
        id
        name
      }
      accounts {
        id
        name
        status
        suspendedReason
        createdAt
      }
    }
  }
`);

export const ResellerChoicesQuery = graphql(`
  query ResellerChoices {
    resellers(first: 100) {
      nodes {
        id
        name
        isRoot
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      login
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      name
      status
      suspendedReason
      createdAt
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {
    resetUserPassword(id: $id, input: $input) {
      id
    }
  }
`);

export const StaffLoginsQuery = graphql(`
  query StaffLogins {
    staffLogins {
      id
      login
      email
      disabledAt
      createdAt
    }
  }
`);

export const CreateStaffLoginMutation = graphql(`
  mutation CreateStaffLogin($input: CreateStaffLoginInput!) {
    createStaffLogin(input: $input) {
      id
      login
    }
  }
`);

export const SetStaffLoginDisabledMutation = graphql(`
  mutation SetStaffLoginDisabled($id: ID!, $disabled: Boolean!) {
    setStaffLoginDisabled(id: $id, disabled: $disabled) {
      id
      disabledAt
    }
  }
`);

/** What one account of a user hosts, for the admin's user page: its domains with their sites, its databases. */
export const UserAccountHostingQuery = graphql(`
  query UserAccountHosting($accountId: ID!) {
    domains(accountId: $accountId) {
      id
      name
      unicodeName
      kind
      state
      site {
        id
        state
        serverNames
      }
    }
    mysqlDatabases(accountId: $accountId) {
      id
      name
      state
    }
  }
`);
