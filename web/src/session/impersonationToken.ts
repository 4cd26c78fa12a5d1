/** What of the address bar the token is read from and removed from. */
interface Address {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

/** The one-time token of a "log in as" link: the address's fragment without its `#`; null when there is none. */
export function tokenFromHash(hash: string): string | null {
  const token = hash.replace(/^#/, '').trim();
  return token === '' ? null : token;
}

/**
 * Reads the token of a "log in as" link and removes it from the address bar at once, so that it
 * stays in neither the history nor a bookmark nor a screenshot. The page's state is kept.
 */
export function takeImpersonationToken({ location, history }: Address): string | null {
  const token = tokenFromHash(location.hash);
  if (location.hash !== '') history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return token;
}
