import type { DnsRecordInput, RecordType, ResourceRecordFieldsFragment } from '../../graphql/generated/graphql';
import { intOrNull } from '../../components/useFormState';

/** Record types in the order people reach for them. */
export const RECORD_TYPES: readonly RecordType[] = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'CAA', 'NS'];

/** The fields beyond name, TTL and value that a type has. */
export type ExtraField = 'priority' | 'weight' | 'port' | 'flags' | 'tag';

const EXTRA: Record<RecordType, readonly ExtraField[]> = {
  A: [],
  AAAA: [],
  CNAME: [],
  TXT: [],
  NS: [],
  MX: ['priority'],
  SRV: ['priority', 'weight', 'port'],
  CAA: ['flags', 'tag'],
};

export function extraFieldsOf(type: RecordType): readonly ExtraField[] {
  return EXTRA[type];
}

/** Types whose value is a host name the form resolves to a full name as it is typed. */
export function hasHostTarget(type: RecordType): boolean {
  return type === 'CNAME' || type === 'MX' || type === 'NS' || type === 'SRV';
}

/** Full stops some keyboards type in IDN names; the server reads them as dots too. */
const IDN_DOTS = /[\u3002\uff0e\uff61]/g;

/**
 * The full name (with its final dot) a typed target stands for, by the server's rule: a name with a
 * dot is a full host name, final dot optional; one label such as mail is mail.<domain>; @ is the
 * domain. Null when there is nothing to show: no text, an IP address (the server says why not).
 * Unicode labels are shown in the ASCII (punycode) form the zone holds.
 */
export function resolvedTarget(typed: string, domain: string): string | null {
  const text = typed.trim().replace(IDN_DOTS, '.');
  const origin = domain.trim().toLowerCase().replace(/\.$/, '');
  if (text === '' || origin === '' || /^[0-9.]+$/.test(text) || text.includes(':')) return null;
  if (text === '@') return `${origin}.`;
  const name = text.includes('.') ? text.replace(/\.$/, '') : `${text}.${origin}`;
  return `${asciiName(name)}.`;
}

function asciiName(name: string): string {
  if (/^[\x00-\x7f]*$/.test(name)) return name.toLowerCase();
  try {
    return new URL(`http://${name}/`).hostname;
  } catch {
    return name.toLowerCase();
  }
}

/** A record as its form holds it: every field as typed text. */
export interface RecordDraft {
  name: string;
  type: RecordType;
  ttl: string;
  value: string;
  priority: string;
  weight: string;
  port: string;
  flags: string;
  tag: string;
}

/** The API fields a record form shows errors for. */
export const RECORD_FIELDS = ['name', 'type', 'ttl', 'value', 'priority', 'weight', 'port', 'flags', 'tag'] as const;

export const emptyDraft: RecordDraft = {
  name: '',
  type: 'A',
  ttl: '',
  value: '',
  priority: '',
  weight: '',
  port: '',
  flags: '',
  tag: '',
};

const text = (v: number | string | null) => (v === null ? '' : String(v));

/** An existing record as its edit form starts. */
export function draftOf(r: ResourceRecordFieldsFragment): RecordDraft {
  return {
    name: r.name,
    type: r.type,
    ttl: String(r.ttl),
    value: r.value,
    priority: text(r.priority),
    weight: text(r.weight),
    port: text(r.port),
    flags: text(r.flags),
    tag: text(r.tag),
  };
}

/**
 * What the form sends: the fields of its type only, so a priority typed before switching from MX to TXT
 * does not travel along. An empty name means the domain itself; an empty TTL the server's default.
 */
export function recordInput(d: RecordDraft): DnsRecordInput {
  const extra = new Set(extraFieldsOf(d.type));
  const input: DnsRecordInput = {
    name: d.name.trim() || '@',
    type: d.type,
    value: d.type === 'TXT' ? d.value : d.value.trim(),
  };
  const ttl = intOrNull(d.ttl);
  if (ttl !== null) input.ttl = ttl;
  if (extra.has('priority')) input.priority = intOrNull(d.priority);
  if (extra.has('weight')) input.weight = intOrNull(d.weight);
  if (extra.has('port')) input.port = intOrNull(d.port);
  // CAA flags default to 0 (not critical): what nearly every CAA record has.
  if (extra.has('flags')) input.flags = intOrNull(d.flags) ?? 0;
  if (extra.has('tag')) input.tag = d.tag.trim() || null;
  return input;
}

/** The record's data as a zone file writes it after the type: `10 mail.example.com.`, `0 issue "ca.example"`. */
export function recordData(
  r: Pick<ResourceRecordFieldsFragment, 'type' | 'value' | 'target' | 'priority' | 'weight' | 'port' | 'flags' | 'tag'>,
): string {
  // Host names as full names with the final dot, so nobody reads them as relative to the domain.
  const host = r.target ?? r.value;
  switch (r.type) {
    case 'MX':
      return `${r.priority ?? 0} ${host}`;
    case 'SRV':
      return `${r.priority ?? 0} ${r.weight ?? 0} ${r.port ?? 0} ${host}`;
    case 'CNAME':
    case 'NS':
      return host;
    case 'CAA':
      return `${r.flags ?? 0} ${r.tag ?? ''} "${r.value}"`;
    case 'TXT':
      return `"${r.value}"`;
    default:
      return r.value;
  }
}
