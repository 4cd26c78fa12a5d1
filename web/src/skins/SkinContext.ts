import { createContext, useContext } from 'react';
import type { Skin } from '../graphql/generated/graphql';

export interface SkinState {
  skin: Skin;
  textOnly: boolean;
}

/** The look in effect for the signed-in user; pages read it only where a skin changes what they show (home). */
export const SkinContext = createContext<SkinState>({ skin: 'LEFT_MENU', textOnly: false });

export function useSkin(): SkinState {
  return useContext(SkinContext);
}
