import type { FieldError } from '../../../errors';
import { absoluteFrom, isWithin, normalizeDomain, relativeTo } from './names';
import type { RecordData } from './types';

/** Types whose target must be a name with addresses, never an alias (RFC 2181 §10.3; BIND's check-mx-cname / check-srv-cname). */
const TARGET_TYPES: ReadonlySet<string> = new Set(['MX', 'NS', 'SRV']);

/** Same owner, type and data: DNS keeps one copy, so a second row would only confuse the user. TTL does not count. */
export function sameRecord(a: RecordData, b: RecordData): boolean {
  return (
    a.name === b.name &&
    a.type === b.type &&
    a.value === b.value &&
    a.priority === b.priority &&
    a.weight === b.weight &&
    a.port === b.port &&
    a.flags === b.flags &&
    a.tag === b.tag
  );
}

/** `name` is strictly below `parent` (both stored, relative to the zone; '@' is the apex). */
function isBelow(name: string, parent: string): boolean {
  if (parent === '@') return name !== '@';
  return name.endsWith(`.${parent}`);
}

/**
 * Rules that span records of one zone, checked before `candidate` is saved beside `existing`
 * (`replacingIndex` is the row being edited, left out of the comparison). Returns one error per
 * field ('name' or 'value'); empty when the candidate fits.
 */
export function checkConflicts(
  zone: string,
  existing: RecordData[],
  candidate: RecordData,
  replacingIndex?: number,
): FieldError[] {
  const zoneName = normalizeDomain(zone);
  const others = existing.filter((_, i) => i !== replacingIndex);
  const here = others.filter((r) => r.name === candidate.name);
  const fqdn = (name: string): string => absoluteFrom(name, zoneName);
  const errors: FieldError[] = [];
  const add = (field: 'name' | 'value', message: string): void => {
    if (!errors.some((e) => e.field === field)) errors.push({ field, message });
  };

  if (here.some((r) => sameRecord(r, candidate))) add('value', 'the same record already exists');

  // A CNAME says "this name is that one": no other data may sit beside it (RFC 1034 §3.6.2).
  if (candidate.type === 'CNAME') {
    if (here.some((r) => r.type === 'CNAME' && !sameRecord(r, candidate))) {
      add('name', `${fqdn(candidate.name)} already has a CNAME record; a name can have only one`);
    } else if (here.some((r) => r.type !== 'CNAME')) {
      const types = [...new Set(here.filter((r) => r.type !== 'CNAME').map((r) => r.type))].join(', ');
      add('name', `${fqdn(candidate.name)} already has ${types} records; a CNAME must be the only record at its name`);
    }
  } else if (here.some((r) => r.type === 'CNAME')) {
    add(
      'name',
      candidate.type === 'NS'
        ? `${fqdn(candidate.name)} has a CNAME record; remove it before delegating the name with NS records`
        : `${fqdn(candidate.name)} has a CNAME record, which must be the only record at its name`,
    );
  }

  // Below a delegation the child zone's servers answer; only glue addresses are still used here.
  const glue = candidate.type === 'A' || candidate.type === 'AAAA';
  const cuts = others.filter((r) => r.type === 'NS' && r.name !== '@').map((r) => r.name);
  const cut = glue
    ? undefined
    : cuts.find((c) => (c === candidate.name ? candidate.type !== 'NS' : isBelow(candidate.name, c)));
  if (cut !== undefined)
    add('name', `${fqdn(candidate.name)} is inside ${fqdn(cut)}, which is delegated to other name servers`);
  if (candidate.type === 'NS' && candidate.name !== '@') {
    const hidden = others.find(
      (r) =>
        r.type !== 'A' &&
        r.type !== 'AAAA' &&
        (r.name === candidate.name ? r.type !== 'NS' : isBelow(r.name, candidate.name)),
    );
    if (hidden)
      add(
        'name',
        `the ${hidden.type} record of ${fqdn(hidden.name)} would be hidden by delegating ${fqdn(candidate.name)}; remove it first`,
      );
  }

  if (TARGET_TYPES.has(candidate.type) && isWithin(candidate.value, zoneName)) {
    const target = relativeTo(candidate.value, zoneName);
    if (others.some((r) => r.type === 'CNAME' && r.name === target)) {
      add(
        'value',
        `${candidate.value} is a CNAME; ${candidate.type} records must point at a name with A or AAAA records`,
      );
    }
  }
  if (candidate.type === 'CNAME') {
    const user = others.find((r) => TARGET_TYPES.has(r.type) && r.value === fqdn(candidate.name));
    if (user)
      add(
        'name',
        `${fqdn(candidate.name)} is the target of the ${user.type} record of ${fqdn(user.name)}, so it cannot be a CNAME`,
      );
  }
  return errors;
}
