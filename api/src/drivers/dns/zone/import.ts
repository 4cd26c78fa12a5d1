import { DomainError } from '../../../errors';
import { unescapeBytes } from './character-strings';
import { checkConflicts } from './conflicts';
import { absoluteName, normalizeDomain } from './names';
import { isRecordType, type RecordData, type RecordInputLike, type RecordType } from './types';
import { normalizeRecord } from './validate';
import { lexZone, type Entry, type Token } from './zone-lexer';

/** A source line the importer did not turn into a record, and why. */
export interface ImportLine {
  /** 1-based line number (the first line of a parenthesized entry). */
  line: number;
  text: string;
  reason: string;
}

export interface ZoneImport {
  records: RecordData[];
  /** The source line of each record (same order as `records`), for reporting a later refusal. */
  lines: number[];
  /** Records the panel manages itself (SOA, the zone's own NS): dropped without fault. */
  skipped: ImportLine[];
  /** Lines that were wrong or unsupported, each with the reason. */
  rejected: ImportLine[];
}

const CLASSES = /^(IN|CH|CS|HS|ANY)$/i;
const TTL = /^([0-9]+|([0-9]+[smhdw])+)$/i;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };
/** How many rdata tokens each type takes (TXT: one or more). */
const ARITY: Record<Exclude<RecordType, 'TXT'>, number> = { A: 1, AAAA: 1, CNAME: 1, NS: 1, MX: 2, SRV: 4, CAA: 3 };
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Seconds of a BIND TTL ("3600", "1h30m", "1w"). */
function ttlSeconds(text: string): number {
  if (/^[0-9]+$/.test(text)) return Number(text);
  let total = 0;
  for (const [, n, unit] of text.matchAll(/([0-9]+)([smhdw])/gi))
    total += Number(n) * UNIT_SECONDS[unit!.toLowerCase()]!;
  return total;
}

/** Thrown inside the parser for a line it rejects; caught per entry. */
class Rejection extends Error {}

/** A name token as an absolute name with its trailing dot, so normalizeRecord reads it the same whatever $ORIGIN was. */
function absolute(token: Token | undefined, origin: string, what: string): string {
  if (!token || token.quoted) throw new Rejection(`${what}: expected a name`);
  if (token.text.includes('\\')) throw new Rejection(`${what}: escaped characters in names are not supported`);
  if (token.text === '@') return `${origin}.`;
  return token.text.endsWith('.') ? token.text : `${token.text}.${origin}.`;
}

function decodedText(tokens: Token[]): string {
  const parts = tokens.map((t) => unescapeBytes(t.text));
  if (parts.some((p) => p === null)) throw new Rejection('bad escape sequence in text');
  try {
    return utf8.decode(Buffer.concat(parts as Uint8Array[]));
  } catch {
    throw new Rejection('the text is not valid UTF-8');
  }
}

/**
 * Reads a zone file people paste (an export from another panel or provider) into records for
 * `zone`. Every record goes through normalizeRecord and checkConflicts, so it obeys the rules of
 * one typed in; the rest is reported line by line.
 */
export function parseZoneFile(zone: string, text: string): ZoneImport {
  const zoneName = normalizeDomain(zone);
  const result: ZoneImport = { records: [], lines: [], skipped: [], rejected: [] };
  let origin = zoneName;
  let defaultTtl: number | null = null;
  let lastTtl: number | null = null;
  let previousOwner: string | null = null;

  const report = (list: ImportLine[], entry: Entry, reason: string): void => {
    list.push({ line: entry.line, text: entry.text, reason });
  };

  for (const entry of lexZone(text)) {
    try {
      if (entry.error) throw new Rejection(entry.error);
      const tokens = entry.tokens;
      const head = tokens[0]!;
      if (!entry.indented && !head.quoted && head.text.startsWith('$')) {
        const directive = head.text.toUpperCase();
        if (directive === '$ORIGIN') {
          const name = absolute(tokens[1], origin, '$ORIGIN');
          const resolved = absoluteName(name, origin);
          if (!resolved.ok || tokens.length !== 2)
            throw new Rejection(`$ORIGIN: ${resolved.ok ? 'expects one name' : resolved.message}`);
          origin = resolved.name;
        } else if (directive === '$TTL') {
          if (tokens.length !== 2 || tokens[1]!.quoted || !TTL.test(tokens[1]!.text))
            throw new Rejection('$TTL: expects one TTL, such as 3600 or 1h');
          defaultTtl = ttlSeconds(tokens[1]!.text);
        } else {
          throw new Rejection(`the ${head.text} directive is not supported`);
        }
        continue;
      }

      let i = 0;
      let owner: string;
      if (entry.indented) {
        if (previousOwner === null)
          throw new Rejection('the line starts with a space, so it needs a record before it to take its name from');
        owner = previousOwner;
      } else {
        owner = absolute(tokens[i++], origin, 'owner');
      }
      previousOwner = owner;

      let ttl: number | null = null;
      let klass: string | null = null;
      for (let t = tokens[i]; t && !t.quoted; t = tokens[i]) {
        if (ttl === null && TTL.test(t.text)) ttl = ttlSeconds(t.text);
        else if (klass === null && CLASSES.test(t.text)) klass = t.text.toUpperCase();
        else break;
        i++;
      }
      const typeToken = tokens[i++];
      if (!typeToken || typeToken.quoted) throw new Rejection('missing record type');
      if (klass !== null && klass !== 'IN') throw new Rejection(`class ${klass} is not supported (only IN)`);
      const type = typeToken.text.toUpperCase();
      if (ttl !== null) lastTtl = ttl;
      // BIND: $TTL when given; without it, the last TTL written (RFC 1035), which the SOA usually sets.
      const recordTtl = ttl ?? defaultTtl ?? lastTtl;
      const rdata = tokens.slice(i);

      if (type === 'SOA') {
        if (ttl === null && defaultTtl === null && lastTtl === null && /^[0-9]+$/.test(rdata[6]?.text ?? ''))
          lastTtl = Number(rdata[6]!.text);
        report(result.skipped, entry, 'the SOA record is managed by the panel');
        continue;
      }
      const ownerName = absoluteName(owner, zoneName);
      if (type === 'NS' && ownerName.ok && ownerName.name === zoneName) {
        report(result.skipped, entry, `the name servers of ${zoneName} are managed by the panel`);
        continue;
      }
      if (!isRecordType(type)) throw new Rejection(`${type} records are not supported`);
      if (rdata[0]?.text === '\\#' && !rdata[0].quoted)
        throw new Rejection('generic (\\#) record data is not supported');

      const input: RecordInputLike = { name: owner, type, ttl: recordTtl, value: '' };
      if (type === 'TXT') {
        if (rdata.length === 0) throw new Rejection('TXT: expects text');
        input.value = decodedText(rdata);
      } else {
        if (rdata.length !== ARITY[type])
          throw new Rejection(
            `${type}: expects ${ARITY[type]} value${ARITY[type] > 1 ? 's' : ''}, found ${rdata.length}`,
          );
        const plain = (k: number): string => {
          if (rdata[k]!.quoted) throw new Rejection(`${type}: "${rdata[k]!.text}" must not be quoted`);
          return rdata[k]!.text;
        };
        const host = (k: number): string => absolute(rdata[k], origin, 'target');
        if (type === 'A' || type === 'AAAA') input.value = plain(0);
        else if (type === 'CNAME' || type === 'NS') input.value = host(0);
        else if (type === 'MX') Object.assign(input, { priority: plain(0), value: host(1) });
        else if (type === 'SRV')
          Object.assign(input, { priority: plain(0), weight: plain(1), port: plain(2), value: host(3) });
        else Object.assign(input, { flags: plain(0), tag: plain(1), value: decodedText([rdata[2]!]) });
      }

      const record = normalizeRecord(zoneName, zoneName, input);
      const conflicts = checkConflicts(zoneName, result.records, record);
      if (conflicts.length) throw new Rejection(conflicts.map((c) => c.message).join('; '));
      result.records.push(record);
      result.lines.push(entry.line);
    } catch (err) {
      if (err instanceof Rejection) report(result.rejected, entry, err.message);
      else if (err instanceof DomainError && err.code === 'BAD_USER_INPUT') report(result.rejected, entry, err.message);
      else throw err;
    }
  }
  return result;
}
