import { AREAS, type AreaMessagesEn } from '../app/areas';
import { coreEn } from './core.en';

/**
 * English messages: the reference catalog, the shell's and every area's. Every other catalog must
 * hold the same keys with the same `{placeholders}` (checked by catalogs.test.ts and, for the keys,
 * by the types of `coreDe` and of each area's `de`).
 */
export const en = Object.assign({}, coreEn, ...AREAS.map((a) => a.messages.en)) as typeof coreEn & AreaMessagesEn;

export type MessageKey = keyof typeof en;
