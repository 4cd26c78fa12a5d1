/** Task kinds of web sites (handlers in web.handlers.ts). */
export const WebTask = {
  putSite: 'web.putSite',
  removeSite: 'web.removeSite',
} as const;

export interface SitePayload {
  siteId: number;
  directory: string;
}
