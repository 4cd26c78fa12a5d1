import { defineArea } from '../app/area';

/**
 * Not an area of pages: the signed-in frame's and the shared components' messages, loaded like an
 * area's (with the first page) so that they stay out of the first load.
 */
export const frameArea = defineArea({
  id: 'frame',
  routes: [],
  messages: {
    en: async () => (await import('./frame.en')).frameEn,
    de: async () => (await import('./frame.de')).frameDe,
  },
});
