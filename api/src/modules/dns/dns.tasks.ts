/** Task kinds of the DNS module (handlers in dns.handlers.ts). */
export const DnsTask = {
  /** On the zone's primary: render the zone from its rows, check, write, load. */
  putZone: 'dns.putZone',
  /** On the zone's secondary: list the zone (transferred from the primary) in the server's config. */
  putSecondary: 'dns.putSecondary',
  /**
   * On the primary of a zone that moved (a server took the place of another): render and write the
   * zone, then list it again on its secondary and on the server it leaves (both copy it from here).
   */
  moveZone: 'dns.moveZone',
  /** On the server a zone moved away from, after the grace time: stop serving it (unless it is back). */
  dropLeaving: 'dns.dropLeaving',
  /** On one server of a deleting zone: drop it; `next` names the other server to drop it from afterwards. */
  removeZone: 'dns.removeZone',
} as const;

export interface ZonePayload {
  zoneId: number;
  name: string;
}
export interface RemoveZonePayload extends ZonePayload {
  next: number | null;
}
