import net from 'node:net';
import { domainToASCII } from 'node:url';

/**
 * What a name is used for decides which labels it may hold. BIND's check-names (on by default for
 * primary zones) refuses underscores in the owners of A/AAAA/MX and in MX/NS/SRV targets, so those
 * are plain host names; other owners may use service labels such as _dmarc or _sip._tcp.
 */
export type NameUse =
  /** TXT, SRV, CAA, NS, CNAME owners: LDH or _service labels, optional leading '*'. */
  | 'owner'
  /** A, AAAA, MX owners: LDH labels, optional leading '*'. */
  | 'host-owner'
  /** MX, NS, SRV targets: LDH labels only. */
  | 'host'
  /** CNAME targets: LDH or _service labels (DKIM and ACME delegations point at _domainkey names). */
  | 'alias';

export type NameResult = { ok: true; name: string } | { ok: false; message: string };

const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const SERVICE_LABEL = /^_[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
/** Full stops some keyboards type in IDN names (ideographic, fullwidth, halfwidth); UTS 46 maps them to '.'. */
const DOTS = /[\u3002\uff0e\uff61]/g;
const ASCII = /^[\x00-\x7f]*$/;
export const MAX_NAME_LENGTH = 253;
export const MAX_LABEL_LENGTH = 63;

/** A zone or origin as callers hand it: lowercase, no trailing dot. */
export function normalizeDomain(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

export function isWithin(name: string, domain: string): boolean {
  return name === domain || name.endsWith(`.${domain}`);
}

/** An absolute name (no trailing dot) written relative to `zone`: '@' for the apex. */
export function relativeTo(name: string, zone: string): string {
  if (name === zone) return '@';
  if (!name.endsWith(`.${zone}`)) throw new Error(`${name} is not inside ${zone}`);
  return name.slice(0, -(zone.length + 1));
}

/** The absolute name (no trailing dot) of a stored owner name. */
export function absoluteFrom(relative: string, zone: string): string {
  return relative === '@' ? zone : `${relative}.${zone}`;
}

/** One label in ASCII (Unicode labels through UTS 46 / punycode), or null when it cannot be one. */
function asciiLabel(label: string): string | null {
  if (ASCII.test(label)) {
    const lower = label.toLowerCase();
    // A typed xn-- label must be valid punycode, or it would name nothing a browser can reach.
    if (lower.startsWith('xn--') && domainToASCII(lower) !== lower) return null;
    return lower;
  }
  const ascii = domainToASCII(label).toLowerCase();
  // UTS 46 may map a character to a dot (or read digits as an IPv4 address): then it is no single label.
  return ascii && !ascii.includes('.') && ascii.startsWith('xn--') ? ascii : null;
}

/**
 * Turns a typed name into an absolute ASCII name without the trailing dot: '' and '@' mean `origin`,
 * a trailing dot makes the name absolute, anything else is relative to `origin`. Checks syntax and
 * lengths only; which labels are allowed is checkLabels' job.
 */
export function absoluteName(input: string, origin: string): NameResult {
  let text = input.trim().replace(DOTS, '.');
  if (text === '' || text === '@') return { ok: true, name: origin };
  const absolute = text.endsWith('.');
  if (absolute) text = text.slice(0, -1);
  if (text === '') return { ok: false, message: 'must be a name, not the DNS root' };
  const labels: string[] = [];
  for (const label of text.split('.')) {
    if (label === '') return { ok: false, message: 'must not contain empty labels (two dots in a row)' };
    const ascii = asciiLabel(label);
    if (ascii === null) return { ok: false, message: `"${label}" is not a valid label` };
    if (ascii.length > MAX_LABEL_LENGTH)
      return { ok: false, message: `label "${label}" is longer than ${MAX_LABEL_LENGTH} characters` };
    labels.push(ascii);
  }
  const name = absolute ? labels.join('.') : [...labels, origin].join('.');
  if (name.length > MAX_NAME_LENGTH)
    return { ok: false, message: `must be at most ${MAX_NAME_LENGTH} characters including the domain` };
  return { ok: true, name };
}

/** Why `labels` do not suit `use`, or null when they do. */
export function checkLabels(labels: string[], use: NameUse): string | null {
  for (const [i, label] of labels.entries()) {
    if (label === '*' && i === 0 && (use === 'owner' || use === 'host-owner')) continue;
    if (label.includes('*')) return '"*" is allowed only as the whole leftmost label, as in *.dev';
    if (LDH_LABEL.test(label)) continue;
    if (SERVICE_LABEL.test(label) && (use === 'owner' || use === 'alias')) continue;
    if (label.startsWith('_') && (use === 'host' || use === 'host-owner')) {
      return `label "${label}": an underscore is not allowed in this name (it must be a host name)`;
    }
    return `label "${label}" may contain only letters, digits and hyphens, and must not start or end with a hyphen`;
  }
  return null;
}

/**
 * A target as a user types it, in the form absoluteName reads: a name with a dot is a full host name
 * (the final dot is optional), one label such as `mail` or `@` is inside `origin`. People who type
 * mx0.example.com mean that host; BIND's rule would make it mx0.example.com.<origin>. Zone files
 * keep BIND's rule: the importer hands targets over already absolute.
 */
function typedTarget(input: string): string {
  const text = input.trim().replace(DOTS, '.');
  return text.includes('.') && !text.endsWith('.') ? `${text}.` : text;
}

/** A host name target (MX, NS, SRV, CNAME): absolute ASCII, no trailing dot; read as typedTarget says. */
export function targetName(input: string, origin: string, use: 'host' | 'alias'): NameResult {
  const typed = typedTarget(input);
  if (typed === '') return { ok: false, message: 'must not be empty' };
  if (net.isIP(typed.replace(/\.$/, ''))) {
    return {
      ok: false,
      message: 'must be a host name, not an IP address (point it at a name that has an A or AAAA record)',
    };
  }
  const resolved = absoluteName(typed, origin);
  if (!resolved.ok) return resolved;
  const labels = resolved.name.split('.');
  const problem = checkLabels(labels, use);
  if (problem) return { ok: false, message: problem };
  if (/^[0-9]+$/.test(labels[labels.length - 1]!))
    return { ok: false, message: 'must end in a top-level domain, not in digits' };
  return resolved;
}
