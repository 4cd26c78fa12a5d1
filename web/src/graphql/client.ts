import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client';
import { onError } from '@apollo/client/link/error';
import { isLeaving } from '../session/leaving';

/**
 * Operations whose UNAUTHENTICATED answer is an ordinary outcome, not an expired session: signing
 * in, a "log in as" link that is used or expired (its page says so), and leaving a session as
 * another user that has ended already (the way back is known).
 */
const SIGN_IN_OPERATIONS = new Set(['Login', 'Setup', 'RedeemImpersonation', 'EndImpersonation']);

/** A session that ends while the panel is open (password reset, sign-out elsewhere) sends the user to sign in. */
const expiredSessionLink = onError(({ graphQLErrors, operation }) => {
  if (SIGN_IN_OPERATIONS.has(operation.operationName) || isLeaving()) return;
  if (graphQLErrors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED') && window.location.pathname !== '/login') {
    window.location.assign('/login');
  }
  // The company came to require two-factor sign-in of its admins meanwhile: set it up first.
  if (
    graphQLErrors?.some((e) => e.extensions?.reason === 'TWO_FACTOR_ENROLMENT_REQUIRED') &&
    window.location.pathname !== '/security'
  ) {
    window.location.assign('/security');
  }
});

export function createApolloClient(): ApolloClient<object> {
  return new ApolloClient({
    // Cookie session on the same origin; POST with JSON satisfies the server's CSRF prevention.
    link: from([expiredSessionLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // One viewer, one set of preferences, one branding per page load: singletons, so any
        // mutation answering with them (login, switchAccount, updatePreferences) updates the panel.
        Viewer: { keyFields: [] },
        Preferences: { keyFields: [] },
        Branding: { keyFields: [] },
        // The admin's own company's brand editor: every brand mutation answers with it.
        BrandEditor: { keyFields: [] },
      },
    }),
  });
}
