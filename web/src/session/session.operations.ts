import { graphql } from '../graphql/generated';

export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    role
    user {
      id
      login
      email
      emailVerifiedAt
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
      canChooseSkin
      canChooseLanguage
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
    twoFactor {
      enrolmentRequired
    }
  }
`);

/** A theme as the panel applies it: CSS variables, logo, favicon and the interface texts. */
export const ThemeFields = graphql(`
  fragment ThemeFields on Theme {
    name
    version
    draft
    logoUrl
    faviconUrl
    cssVariables {
      name
      value
    }
    settings {
      texts {
        language
        key
        text
      }
    }
  }
`);

/**
 * What every route needs first: the host's branding (with its theme; the draft while an admin
 * previews it) and who is signed in.
 */
export const SessionQuery = graphql(`
  query Session($preview: Boolean! = false) {
    branding {
      companyName
      defaultSkin
      defaultLanguage
      needsSetup
      suspended
      productCredit
      usersChooseSkin
      usersChooseLanguage
      theme(preview: $preview) {
        ...ThemeFields
      }
    }
    viewer {
      ...ViewerFields
    }
  }
`);
