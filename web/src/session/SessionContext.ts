import { createContext, useContext } from 'react';
import type { SessionQuery, ViewerFieldsFragment } from '../graphql/generated/graphql';

export type Branding = SessionQuery['branding'];
export type ViewerData = ViewerFieldsFragment;

export interface Session {
  branding: Branding;
  viewer: ViewerData | null;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionGate');
  return s;
}

/** The signed-in viewer; only inside the signed-in part of the panel. */
export function useViewer(): ViewerData {
  const { viewer } = useSession();
  if (!viewer) throw new Error('useViewer without a signed-in viewer');
  return viewer;
}
