/**
 * The `token` of a mailed link (`/reset-password?token=…`), taken out of the address bar at once
 * so that it stays in no history entry, bookmark or screenshot of the page; null when absent.
 */
export function takeLinkToken(win: Pick<Window, 'location' | 'history'>): string | null {
  const url = new URL(win.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return null;
  url.searchParams.delete('token');
  win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return token.trim() || null;
}
