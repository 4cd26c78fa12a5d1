/** Pages a signed-out visitor may open. */
const PUBLIC_PATHS = new Set([
  '/login',
  '/signup',
  '/impersonate',
  '/forgot-password',
  '/reset-password',
  '/verify-email',
]);

/** Where an admin who must set up two-factor sign-in is sent. */
export const TWO_FACTOR_PAGE = '/security';

const isPublicKb = (pathname: string) => pathname === '/kb' || pathname.startsWith('/kb/');

/** Where a path must send the visitor, given the setup and sign-in state; null to stay. */
export function redirectFor(
  pathname: string,
  state: { needsSetup: boolean; signedIn: boolean; mustEnrolTwoFactor?: boolean },
): string | null {
  if (state.needsSetup) return pathname === '/setup' ? null : '/setup';
  if (pathname === '/setup') return state.signedIn ? '/' : '/login';
  // The public signup page stays open to everyone: right after signing up it moves on by itself.
  // So does a "log in as" link: it signs in as its user whoever is signed in on this panel.
  // A mailed link (a password reset, an address to verify) works signed in or out.
  // The knowledge base's public pages decide for themselves (the company may keep them for its customers).
  if (!state.signedIn) return PUBLIC_PATHS.has(pathname) || isPublicKb(pathname) ? null : '/login';
  // An admin whose company requires two-factor sign-in, without it: nothing but setting it up
  // (a "log in as" link still opens: it signs in as someone else).
  if (state.mustEnrolTwoFactor && pathname !== '/impersonate')
    return pathname === TWO_FACTOR_PAGE ? null : TWO_FACTOR_PAGE;
  if (pathname === '/login') return '/';
  return null;
}
