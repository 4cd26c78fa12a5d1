import { AREAS } from '../app/areas';
import type { MessageKey } from './en';

/**
 * German messages: the shell's and every area's (each typed against its English catalog). Imported
 * only when German is the language in effect: the build puts every `*.de.ts` in one chunk of its own
 * (vite.config.ts), so an English first load carries none of it.
 */
export async function loadDe(): Promise<Record<MessageKey, string>> {
  const [core, ...areas] = await Promise.all([
    import('./core.de').then((m) => m.coreDe),
    ...AREAS.map((a) => a.messages.de()),
  ]);
  return Object.assign({}, core, ...areas) as Record<MessageKey, string>;
}
