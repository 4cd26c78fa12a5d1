/** Task kinds of web sites (handlers in web.handlers.ts). */
export const WebTask = {
  putSite: 'web.putSite',
  removeSite: 'web.removeSite',
  /** Copies a site to the task's server (the new one) from `from`, then points the site and its DNS there. */
  moveSite: 'web.moveSite',
  /** Removes a moved site's old copy from the task's server (the old one), rows untouched. */
  dropOldCopy: 'web.dropOldCopy',
} as const;

export interface MovePayload extends SitePayload {
  /** The server the site leaves. */
  from: number;
}

/** The old copy as it was written (its paths and names), so it can be removed after the rows moved on. */
export interface DropPayload extends SitePayload {
  site: import('../../drivers/web').SiteConfig;
}

export interface SitePayload {
  siteId: number;
  directory: string;
}
