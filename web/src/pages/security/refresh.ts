import { SessionQuery } from '../../session/session.operations';
import { TwoFactorQuery } from './security.operations';

/**
 * After a change to the viewer's factors: the page's state, and the session (whose viewer says
 * whether the company's policy still holds them on this page).
 */
export const REFRESH_TWO_FACTOR = {
  refetchQueries: [{ query: TwoFactorQuery }, { query: SessionQuery }],
  awaitRefetchQueries: true,
};
