import net from 'node:net';
import { badInput, type FieldError } from '../../../errors';
import { canonicalIp } from '../../../ip';
import {
  absoluteName,
  checkLabels,
  isWithin,
  normalizeDomain,
  relativeTo,
  targetName,
  type NameResult,
  type NameUse,
} from './names';
import {
  CAA_TAGS,
  DEFAULT_TTL,
  isRecordType,
  MAX_CAA_VALUE_BYTES,
  MAX_TTL,
  MAX_TXT_BYTES,
  MIN_TTL,
  RECORD_TYPES,
  type RecordData,
  type RecordInputLike,
  type RecordType,
} from './types';

export { checkConflicts } from './conflicts';

type Field = 'name' | 'type' | 'ttl' | 'value' | 'priority' | 'weight' | 'port' | 'flags' | 'tag';
type NumberResult = { ok: true; value: number | null } | { ok: false; message: string };

/** A whole number ≥ 0 from a form (number or digits), null when left empty. */
function readInt(raw: number | string | null | undefined): NumberResult {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return { ok: true, value: null };
    if (!/^[0-9]{1,10}$/.test(text)) return { ok: false, message: 'must be a whole number' };
    return { ok: true, value: Number(text) };
  }
  if (!Number.isSafeInteger(raw) || raw < 0) return { ok: false, message: 'must be a whole number' };
  return { ok: true, value: raw };
}

/** Rules for the owner name of each type (see names.ts for why A/AAAA/MX owners are host names). */
const OWNER_USE: Record<RecordType, NameUse> = {
  A: 'host-owner',
  AAAA: 'host-owner',
  MX: 'host-owner',
  CNAME: 'owner',
  TXT: 'owner',
  SRV: 'owner',
  CAA: 'owner',
  NS: 'owner',
};

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Under the `u` flag a paired surrogate is one code point, so this finds only lone halves (not UTF-8 encodable). */
const LONE_SURROGATE = /[\ud800-\udfff]/u;
const ISSUER_DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;

/**
 * Checks one record as a user typed it and returns it in stored form (owner relative to `zone`).
 * `origin` is the domain being edited: the zone itself, or a subdomain hosted inside it; typed
 * names are relative to it, and so are targets of one label (see targetName). Throws BAD_USER_INPUT naming every wrong field
 * (prefixed with `fieldPrefix.` when given, e.g. "records.3.value").
 */
export function normalizeRecord(
  zone: string,
  origin: string,
  input: RecordInputLike,
  fieldPrefix?: string,
): RecordData {
  const zoneName = normalizeDomain(zone);
  const originName = normalizeDomain(origin);
  if (!isWithin(originName, zoneName)) throw new Error(`origin ${originName} is not inside zone ${zoneName}`);

  const errors: FieldError[] = [];
  const fail = (field: Field, message: string): void => {
    const path = fieldPrefix ? `${fieldPrefix}.${field}` : field;
    if (!errors.some((e) => e.field === path)) errors.push({ field: path, message });
  };

  const typeText = String(input.type ?? '')
    .trim()
    .toUpperCase();
  const type = isRecordType(typeText) ? typeText : null;
  if (!type) fail('type', `must be one of ${RECORD_TYPES.join(', ')}`);

  const owner = ownerName(zoneName, originName, String(input.name ?? ''), type);
  if (!owner.ok) fail('name', owner.message);
  const name = owner.ok ? owner.name : null;

  let ttl = DEFAULT_TTL;
  const ttlRead = readInt(input.ttl);
  if (!ttlRead.ok || (ttlRead.value !== null && (ttlRead.value < MIN_TTL || ttlRead.value > MAX_TTL))) {
    fail('ttl', `must be a whole number of seconds from ${MIN_TTL} to ${MAX_TTL} (7 days)`);
  } else if (ttlRead.value !== null) {
    ttl = ttlRead.value;
  }

  const record: RecordData = {
    name: name ?? '',
    type: type ?? 'A',
    ttl,
    value: '',
    priority: null,
    weight: null,
    port: null,
    flags: null,
    tag: null,
  };
  if (type) {
    const value = typeof input.value === 'string' ? input.value : String(input.value ?? '');
    fillData(record, type, value, originName, input, fail);
    if (type === 'CNAME' && name !== null && record.value !== '' && relativeOrNull(record.value, zoneName) === name) {
      fail('value', 'must not point to the record itself');
    }
  }
  if (errors.length) throw badInput(errors);
  return record;
}

function relativeOrNull(name: string, zone: string): string | null {
  return isWithin(name, zone) ? relativeTo(name, zone) : null;
}

/** The stored owner name (relative to the zone), or why the typed one cannot be used. */
function ownerName(zone: string, origin: string, typed: string, type: RecordType | null): NameResult {
  const resolved = absoluteName(typed, origin);
  if (!resolved.ok) return resolved;
  const invalid = (message: string): NameResult => ({ ok: false, message });
  if (!isWithin(resolved.name, origin)) {
    return invalid(
      `must be inside ${origin} (a name ending with a dot is absolute; leave it empty or use @ for ${origin} itself)`,
    );
  }
  const relative = relativeTo(resolved.name, zone);
  const labels = relative === '@' ? [] : relative.split('.');
  const problem = checkLabels(labels, type ? OWNER_USE[type] : 'owner');
  if (problem) return invalid(problem);
  if (type === 'CNAME' && relative === '@')
    return invalid(`a CNAME cannot be at ${zone} itself (the zone apex needs its SOA and NS records)`);
  if (type === 'NS') {
    if (resolved.name === origin || relative === '@') {
      return invalid(
        `name servers of ${resolved.name} itself are managed by the panel; NS records here delegate a subdomain`,
      );
    }
    if (labels[0] === '*') return invalid('a wildcard name cannot be delegated with NS records');
  }
  if (type === 'SRV' && !(labels.length >= 2 && labels[0]!.startsWith('_') && labels[1]!.startsWith('_'))) {
    return invalid('an SRV name must start with _service._protocol, as in _sip._tcp');
  }
  return { ok: true, name: relative };
}

function fillData(
  record: RecordData,
  type: RecordType,
  value: string,
  origin: string,
  input: RecordInputLike,
  fail: (field: Field, message: string) => void,
): void {
  const required = (field: 'priority' | 'weight' | 'port'): number | null => {
    const read = readInt(input[field]);
    if (read.ok && read.value !== null && read.value <= 65535) return read.value;
    fail(
      field,
      read.ok && read.value === null ? `is required for ${type} records` : 'must be a whole number from 0 to 65535',
    );
    return null;
  };
  const target = (use: 'host' | 'alias'): void => {
    const resolved = targetName(value, origin, use);
    if (resolved.ok) record.value = resolved.name;
    else fail('value', resolved.message);
  };

  switch (type) {
    case 'A':
    case 'AAAA': {
      const ip = canonicalIp(value.trim());
      const family = type === 'A' ? 4 : 6;
      if (ip && net.isIP(ip) === family) record.value = ip;
      else if (ip)
        fail('value', type === 'A' ? 'is an IPv6 address: use an AAAA record' : 'is an IPv4 address: use an A record');
      else
        fail(
          'value',
          type === 'A' ? 'must be an IPv4 address such as 192.0.2.10' : 'must be an IPv6 address such as 2001:db8::10',
        );
      return;
    }
    case 'CNAME':
      return target('alias');
    case 'NS':
      return target('host');
    case 'MX':
      record.priority = required('priority');
      return target('host');
    case 'SRV':
      record.priority = required('priority');
      record.weight = required('weight');
      record.port = required('port');
      return target('host');
    case 'TXT':
      if (value === '') fail('value', 'must not be empty');
      else if (value.includes('\u0000')) fail('value', 'must not contain NUL characters');
      else if (LONE_SURROGATE.test(value)) fail('value', 'must be valid Unicode text');
      else if (Buffer.byteLength(value, 'utf8') > MAX_TXT_BYTES)
        fail('value', `must be at most ${MAX_TXT_BYTES} bytes (UTF-8)`);
      else record.value = value;
      return;
    case 'CAA':
      return fillCaa(record, value.trim(), input, fail);
  }
}

function fillCaa(
  record: RecordData,
  value: string,
  input: RecordInputLike,
  fail: (field: Field, message: string) => void,
): void {
  const flags = readInt(input.flags);
  if (!flags.ok || (flags.value !== null && flags.value !== 0 && flags.value !== 128))
    fail('flags', 'must be 0, or 128 (critical)');
  else record.flags = flags.value ?? 0;

  const tag = String(input.tag ?? '')
    .trim()
    .toLowerCase();
  if (!(CAA_TAGS as readonly string[]).includes(tag)) fail('tag', `must be one of ${CAA_TAGS.join(', ')}`);
  else record.tag = tag;

  if (CONTROL.test(value) || LONE_SURROGATE.test(value)) return fail('value', 'must not contain control characters');
  if (Buffer.byteLength(value, 'utf8') > MAX_CAA_VALUE_BYTES)
    return fail('value', `must be at most ${MAX_CAA_VALUE_BYTES} bytes`);
  if (tag === 'iodef') {
    if (!/^(mailto:[^\s@]+@[^\s@]+|https?:\/\/\S+)$/i.test(value))
      return fail('value', 'must be a mailto: or https:// URL where CAs report problems');
  } else if (tag === 'issue' || tag === 'issuewild') {
    // RFC 8659: an optional CA domain, then optional "; key=value" parameters; empty or ";" forbids issuance.
    const issuer = value.split(';', 1)[0]!.trim();
    if (issuer !== '' && !ISSUER_DOMAIN.test(issuer)) {
      return fail(
        'value',
        'must be the domain of a certificate authority, such as letsencrypt.org, optionally followed by "; parameters"',
      );
    }
  }
  record.value = value;
}
