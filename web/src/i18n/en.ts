import { AREAS, type AreaMessagesEn } from '../app/areas';
import { coreEn } from './core.en';

/**
 * English messages: the reference catalog, the shell's and every area's. Every other catalog must
 * hold the same keys with the same `{placeholders}` (checked by catalogs.test.ts and, for the keys,
 * by the types of `coreDe` and of each area's `de`).
 *
 * Only the shell's messages are in the first load (the loading and error states, the common
 * words); the areas' (and skins/frame.*: the signed-in frame's and the sign-in pages') come in one chunk (vite.config.ts) with the first page or the signed-in
 * layout, which wait for `loadAreaMessages` (main.tsx), and are added to this object: the type
 * is the whole catalog, and nothing that shows an area's message renders before they are in.
 */
export const en = { ...coreEn } as typeof coreEn & AreaMessagesEn;

export type MessageKey = keyof typeof en;

let areaMessages: Promise<void> | undefined;

/** Adds every area's English messages to `en`, once; after a failure (a network error) the next call tries again. */
export function loadAreaMessages(): Promise<void> {
  areaMessages ??= Promise.all(AREAS.map((a) => a.messages.en())).then(
    (catalogs) => {
      Object.assign(en, ...catalogs);
    },
    (error: unknown) => {
      areaMessages = undefined;
      throw error;
    },
  );
  return areaMessages;
}
