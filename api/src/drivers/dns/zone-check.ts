/**
 * The load-time rules of BIND's named-checkzone (BIND 9.18, default options) that a zone the panel
 * writes can break, as one pure function: the FILES driver has no BIND to ask, yet must refuse
 * exactly the zones a real name server would not load. zone-check.test.ts compares the verdicts
 * with the real named-checkzone.
 *
 * Refused (named-checkzone fails): no SOA, two different SOAs, an SOA below the apex, no NS at the
 * apex, a CNAME beside other data (or two CNAMEs), an apex NS target inside the zone that has no A
 * or AAAA record (or is a CNAME), records it cannot read.
 * Only warned about (named-checkzone loads the zone): MX/SRV targets inside the zone without an
 * address or that are CNAMEs, delegations without glue, data outside the zone.
 */
import net from 'node:net';
import { lexZone, type Token } from './zone/zone-lexer';

export interface ZoneCheckResult {
  /** Why named-checkzone would refuse the zone; empty when it loads. */
  errors: string[];
  /** What it would say but still load. */
  warnings: string[];
}

/** Types BIND reads whose data this check understands; anything else is refused as unreadable. */
const KNOWN_TYPES = new Set(['SOA', 'NS', 'A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'CAA', 'PTR']);
/** Data fields per type (TXT: one or more). */
const ARITY: Record<string, number> = { SOA: 7, NS: 1, A: 1, AAAA: 1, CNAME: 1, MX: 2, SRV: 4, CAA: 3, PTR: 1 };
const TTL = /^([0-9]+|([0-9]+[smhdw])+)$/i;
const CLASSES = /^(IN|CH|CS|HS|ANY)$/i;

interface Rr {
  owner: string;
  type: string;
  /** Record data, names made absolute (lowercase, no trailing dot): the comparable form. */
  data: string[];
  line: number;
}

const lower = (name: string): string => name.toLowerCase().replace(/\.$/, '');
const within = (name: string, domain: string): boolean => name === domain || name.endsWith(`.${domain}`);
const parentOf = (name: string): string => name.slice(name.indexOf('.') + 1);

/** Checks the master-file text of `zone` as named-checkzone would. */
export function checkZoneText(zone: string, text: string): ZoneCheckResult {
  const apex = lower(zone);
  const errors: string[] = [];
  const warnings: string[] = [];
  const records = readRecords(apex, text, errors, warnings);

  // Every name of the zone, with its records by type (one copy per distinct data, as BIND keeps).
  const nodes = new Map<string, Map<string, Set<string>>>();
  for (const r of records) {
    if (!within(r.owner, apex)) {
      warnings.push(`line ${r.line}: ignoring out-of-zone data (${r.owner})`);
      continue;
    }
    const types = nodes.get(r.owner) ?? new Map<string, Set<string>>();
    nodes.set(r.owner, types);
    const set = types.get(r.type) ?? new Set<string>();
    types.set(r.type, set);
    set.add(r.data.join(' '));
    if ((r.type === 'CNAME' || r.type === 'SOA') && set.size > 1)
      errors.push(`line ${r.line}: ${r.owner}: multiple RRs of singleton type`);
    if (r.type === 'SOA' && r.owner !== apex) errors.push(`line ${r.line}: ${r.owner}: SOA record not at top of zone`);
  }
  for (const [name, types] of nodes) {
    if (types.has('CNAME') && types.size > 1) errors.push(`${name}: CNAME and other data`);
  }
  const top = nodes.get(apex);
  if (!top?.has('SOA')) errors.push('has 0 SOA records');
  if (!top?.has('NS')) errors.push('has no NS records');

  // Every name that exists as a node, including the empty ones between the apex and a deeper name.
  const existing = new Set<string>();
  for (const name of nodes.keys()) {
    for (let n = name; within(n, apex); n = parentOf(n)) {
      if (existing.has(n)) break;
      existing.add(n);
      if (n === apex) break;
    }
  }
  const cuts = [...nodes].filter(([name, types]) => name !== apex && types.has('NS')).map(([name]) => name);

  /** What an address lookup of an in-zone name finds: BIND's dns_db_find outcome, reduced. */
  const lookup = (name: string): 'address' | 'delegation' | 'cname' | 'none' => {
    if (cuts.some((cut) => within(name, cut))) return 'delegation';
    let types = nodes.get(name);
    if (!types && !existing.has(name)) {
      // NXDOMAIN unless a wildcard at the closest existing ancestor answers for it.
      let encloser = parentOf(name);
      while (!existing.has(encloser) && within(encloser, apex) && encloser !== apex) encloser = parentOf(encloser);
      types = nodes.get(`*.${encloser}`);
    }
    if (!types) return 'none';
    if (types.has('A') || types.has('AAAA')) return 'address';
    return types.has('CNAME') ? 'cname' : 'none';
  };

  for (const r of records) {
    if (!within(r.owner, apex)) continue;
    const target = r.type === 'NS' ? r.data[0] : r.type === 'MX' ? r.data[1] : r.type === 'SRV' ? r.data[3] : undefined;
    if (target === undefined || target === '' || !within(target, apex)) continue;
    const found = lookup(target);
    if (found === 'address' || found === 'delegation') continue;
    const problem =
      found === 'cname' ? `'${target}' is a CNAME (illegal)` : `'${target}' has no address records (A or AAAA)`;
    // Only the zone's own name servers stop it loading; the rest BIND merely logs.
    if (r.type === 'NS' && r.owner === apex) errors.push(`NS ${problem}`);
    else warnings.push(`${r.owner}/${r.type} ${problem}`);
  }
  return { errors: [...new Set(errors)], warnings };
}

/** The records of the text with absolute owners and targets; what cannot be read is an error. */
function readRecords(apex: string, text: string, errors: string[], warnings: string[]): Rr[] {
  const records: Rr[] = [];
  let origin = apex;
  let previous: string | null = null;
  let ttlKnown = false;
  const name = (token: Token | undefined, line: number): string | null => {
    if (!token || token.quoted || token.text === '') {
      errors.push(`line ${line}: expected a name`);
      return null;
    }
    if (token.text === '@') return origin;
    const t = token.text.toLowerCase();
    if (t.endsWith('.')) return t === '.' ? '' : t.slice(0, -1);
    return `${t}.${origin}`;
  };

  for (const entry of lexZone(text)) {
    const line = entry.line;
    if (entry.error) {
      errors.push(`line ${line}: ${entry.error}`);
      continue;
    }
    const tokens = entry.tokens;
    const head = tokens[0]!;
    if (!entry.indented && !head.quoted && head.text.startsWith('$')) {
      const directive = head.text.toUpperCase();
      if (directive === '$ORIGIN' && tokens.length === 2) origin = name(tokens[1], line) ?? origin;
      else if (directive === '$TTL' && tokens.length === 2 && TTL.test(tokens[1]!.text)) ttlKnown = true;
      else errors.push(`line ${line}: ${head.text} is not understood here`);
      continue;
    }
    let i = 0;
    const owner: string | null = entry.indented ? previous : name(tokens[i++], line);
    if (owner === null) {
      if (entry.indented) errors.push(`line ${line}: no owner to continue from`);
      continue;
    }
    previous = owner;
    let hasTtl = false;
    let hasClass = false;
    for (let t = tokens[i]; t && !t.quoted; t = tokens[i]) {
      if (!hasTtl && TTL.test(t.text)) hasTtl = true;
      else if (!hasClass && CLASSES.test(t.text)) hasClass = true;
      else break;
      i++;
    }
    const type = tokens[i]?.quoted ? undefined : tokens[i]?.text.toUpperCase();
    i++;
    if (!type || !KNOWN_TYPES.has(type)) {
      errors.push(`line ${line}: unknown or unsupported record type ${JSON.stringify(type ?? '')}`);
      continue;
    }
    const rdata = tokens.slice(i);
    const arity = ARITY[type];
    if (arity === undefined ? rdata.length === 0 : rdata.length !== arity) {
      errors.push(`line ${line}: ${type} record has ${rdata.length} data fields`);
      continue;
    }
    const data = rdata.map((t) => t.text);
    const host = (k: number): void => {
      data[k] = name(rdata[k], line) ?? '';
    };
    const number = (k: number, max: number): void => {
      if (!/^[0-9]+$/.test(data[k]!) || Number(data[k]) > max)
        errors.push(`line ${line}: ${type}: ${JSON.stringify(data[k])} is not a number`);
    };
    switch (type) {
      case 'A':
        if (!net.isIPv4(data[0]!)) errors.push(`line ${line}: bad dotted quad ${JSON.stringify(data[0])}`);
        break;
      case 'AAAA':
        if (!net.isIPv6(data[0]!)) errors.push(`line ${line}: bad IPv6 address ${JSON.stringify(data[0])}`);
        else data[0] = data[0]!.toLowerCase();
        break;
      case 'NS':
        if (net.isIPv4(data[0]!.replace(/\.$/, '')))
          warnings.push(`line ${line}: NS record '${data[0]}' appears to be an address`);
        host(0);
        break;
      case 'CNAME':
      case 'PTR':
        host(0);
        break;
      case 'MX':
        number(0, 65535);
        host(1);
        break;
      case 'SRV':
        for (const k of [0, 1, 2]) number(k, 65535);
        host(3);
        break;
      case 'SOA':
        host(0);
        host(1);
        for (const k of [2, 3, 4, 5, 6])
          if (!TTL.test(data[k]!)) errors.push(`line ${line}: SOA: ${JSON.stringify(data[k])} is not a number`);
        break;
    }
    if (!hasTtl && !ttlKnown && type !== 'SOA')
      warnings.push(`line ${line}: no TTL specified; using SOA MINTTL instead`);
    records.push({ owner, type, data, line });
  }
  return records;
}
