/** The DNS zone library: record rules, the BIND master-file writer and the zone-file importer. */
export { checkConflicts, sameRecord } from './conflicts';
export { parseZoneFile, type ImportLine, type ZoneImport } from './import';
export { nextSerial, renderZone, SOA_DEFAULTS } from './render';
export * from './types';
export { normalizeRecord } from './validate';
