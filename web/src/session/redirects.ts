/** Where a path must send the visitor, given the setup and sign-in state; null to stay. */
export function redirectFor(pathname: string, state: { needsSetup: boolean; signedIn: boolean }): string | null {
  if (state.needsSetup) return pathname === '/setup' ? null : '/setup';
  if (pathname === '/setup') return state.signedIn ? '/' : '/login';
  // The public signup page stays open to everyone: right after signing up it moves on by itself.
  if (!state.signedIn) return pathname === '/login' || pathname === '/signup' ? null : '/login';
  if (pathname === '/login') return '/';
  return null;
}
