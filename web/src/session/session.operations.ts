import { graphql } from '../graphql/generated';

export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    role
    user {
      id
      login
      email
    }
    reseller {
      id
      name
      defaultSkin
      defaultLanguage
      isRoot
    }
    preferences {
      skin
      textOnly
      language
      skinChosen
    }
    activeAccount {
      id
      name
      status
      suspendedReason
      createdAt
    }
    accounts {
      id
      name
      status
    }
    impersonator {
      login
      returnUrl
    }
  }
`);

/** What every route needs first: the host's branding and who is signed in. */
export const SessionQuery = graphql(`
  query Session {
    branding {
      companyName
      defaultSkin
      defaultLanguage
      needsSetup
      suspended
      productCredit
    }
    viewer {
      ...ViewerFields
    }
  }
`);

export const SwitchAccountMutation = graphql(`
  mutation SwitchAccount($accountId: ID!) {
    switchAccount(accountId: $accountId) {
      ...ViewerFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
