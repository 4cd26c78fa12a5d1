import type { Survey } from '../survey';

/**
 * What the DNS task handlers ask of a DNS logical server (SRV-6). The panel renders zone text
 * (drivers/dns/zone/render.ts); a driver only checks, stores and loads it.
 */

/** Where a peer name server listens (for zone transfers and NOTIFY). */
export interface DnsPeer {
  host: string;
  port: number;
}

/** One zone a server serves, as its configuration lists it. */
export interface ZoneConfig {
  /** ASCII (punycode) zone name, lowercase, no trailing dot. */
  name: string;
  /**
   * primary: the server holds the zone file, allows transfers to `peers` and NOTIFYs them.
   * secondary: the server transfers the zone from `peers` (its primary) and keeps the copy BIND writes.
   */
  role: 'primary' | 'secondary';
  peers: DnsPeer[];
}

export interface ZoneChange {
  /**
   * Every zone the server must serve after this change (the server's zone list is rewritten from
   * it). A primary zone with no text on the server yet, and none in `write`, is left out of the list.
   */
  zones: ZoneConfig[];
  /** Zone texts to store (zones this server is primary for); each must pass the driver's check first. */
  write?: { name: string; text: string }[];
  /** Zones dropped from the server: their files go too. */
  remove?: string[];
}

/** What a DNS server should hold, for a survey: its zone list, and the text of each zone it is primary for. */
export interface ZoneExpectation {
  zones: ZoneConfig[];
  texts: { name: string; text: string }[];
}

export interface DnsDriver {
  /**
   * Compares the server with `expected`: a zone it does not list (or, as primary, has no file for)
   * is missing; one listed in another role, or whose file is not the expected text, is different
   * (keys: zone names); zones it lists or holds files for that are not expected are unknown. Changes nothing.
   */
  survey(expected: ZoneExpectation): Promise<Survey<string>>;
  /**
   * Applies a change atomically from the point of view of the name server: every zone in `write`
   * is checked first (BIND: named-checkzone, or named-checkconf -z for a large batch); one bad zone
   * rejects the whole change with the checker's message and replaces nothing. Then files are
   * written (rename into place), the zone list is rewritten, and the server is told (BIND: rndc
   * reconfig for a changed list, rndc reload <zone> for changed zones). Idempotent.
   */
  apply(change: ZoneChange): Promise<void>;
}
