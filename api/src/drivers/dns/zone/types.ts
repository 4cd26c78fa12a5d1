/** Record types a user can add to a zone (SOA and the apex NS are the panel's own). */
export type RecordType = 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'SRV' | 'CAA' | 'NS';

export const RECORD_TYPES: readonly RecordType[] = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'CAA', 'NS'];

export function isRecordType(value: string): value is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(value);
}

/** Types whose value is a host name (stored absolute, without the final dot). */
export const HOST_TARGET_TYPES: readonly RecordType[] = ['CNAME', 'MX', 'NS', 'SRV'];

/** CAA property tags a user may set (RFC 8659). */
export const CAA_TAGS = ['issue', 'issuewild', 'iodef'] as const;
export type CaaTag = (typeof CAA_TAGS)[number];

/**
 * A record as stored: owner name relative to the zone ('@' for the apex, else lowercase ASCII
 * labels without the zone suffix, e.g. 'www', '_sip._tcp', '*.dev').
 */
export interface RecordData {
  name: string;
  type: RecordType;
  ttl: number;
  /**
   * A: IPv4; AAAA: IPv6 (canonical); CNAME/NS: target host name, absolute, lowercase ASCII WITHOUT
   * trailing dot; MX/SRV: target host (same form); TXT: the text (any Unicode, up to 4000 bytes
   * UTF-8); CAA: the value (e.g. "letsencrypt.org" or "mailto:x@y").
   */
  value: string;
  /** MX preference, SRV priority (0-65535). */
  priority: number | null;
  /** SRV weight. */
  weight: number | null;
  /** SRV port. */
  port: number | null;
  /** CAA flags (0 or 128). */
  flags: number | null;
  /** CAA: issue | issuewild | iodef. */
  tag: string | null;
}

export interface ZoneSoa {
  /** ASCII, no trailing dot. */
  zone: string;
  /** Host name of the primary name server, no trailing dot. */
  primaryNs: string;
  /** Mailbox of the zone's admin in dotted form, e.g. hostmaster.example-host.com (an address with @ is converted). */
  hostmaster: string;
  serial: number;
  refresh?: number;
  retry?: number;
  expire?: number;
  minimum?: number;
  ttl?: number;
}

/** What a form, an API call or the zone importer hands to normalizeRecord. */
export interface RecordInputLike {
  name: string;
  type: string;
  ttl?: number | string | null;
  value: string;
  priority?: number | string | null;
  weight?: number | string | null;
  port?: number | string | null;
  flags?: number | string | null;
  tag?: number | string | null;
}

export const DEFAULT_TTL = 3600;
export const MIN_TTL = 60;
export const MAX_TTL = 604_800;
/** TXT data kept per record; rendered as several 255-byte strings. */
export const MAX_TXT_BYTES = 4000;
export const MAX_CAA_VALUE_BYTES = 255;
