import { useMutation } from '@apollo/client';
import { useViewer } from './SessionContext';
import { EndImpersonationMutation } from './impersonation.operations';
import { markLeaving } from './leaving';

/**
 * "Return to my panel": ends the session as the user and loads the admin's own panel (often on
 * another host, where the admin's own session still is). The way back is known before asking, so
 * a session that has already ended still leads home.
 */
export function useEndImpersonation() {
  const { impersonator } = useViewer();
  const [endImpersonation, { loading, called }] = useMutation(EndImpersonationMutation);

  async function end(): Promise<void> {
    markLeaving();
    let url = impersonator?.returnUrl ?? '/';
    try {
      url = (await endImpersonation()).data?.endImpersonation ?? url;
    } catch {
      // Ended already (expired, or ended in another tab): the way back is the same.
    }
    window.location.assign(url);
  }

  // Once asked, the page is on its way elsewhere: the buttons stay disabled.
  return { end, busy: loading || called };
}
