/**
 * Whether this page is on its way elsewhere (signing out, returning from a session as another
 * user). Requests still in flight then may be answered UNAUTHENTICATED, as their session just
 * ended: that must not send the page to /login, which would cancel the way out already taken (CI
 * saw "return to my panel" land on the customer panel's sign-in page instead of the admin's).
 */
let leaving = false;

export function markLeaving(): void {
  leaving = true;
}

export function isLeaving(): boolean {
  return leaving;
}
