import { AREAS } from '../app/areas';
import { coreDe } from './core.de';
import type { MessageKey } from './en';

/** German messages: the shell's and every area's (each typed against its English catalog). */
export const de: Record<MessageKey, string> = Object.assign({}, coreDe, ...AREAS.map((a) => a.messages.de));
