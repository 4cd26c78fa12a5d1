import type { ResourceRecord } from './resource-record.entity';
import type { RecordData } from '../../drivers/dns/zone/types';

/** A stored record as the zone library (validation, conflicts, rendering) reads it. */
export function recordData(r: ResourceRecord): RecordData {
  return {
    name: r.name,
    type: r.type,
    ttl: r.ttl,
    value: r.value,
    priority: r.priority,
    weight: r.weight,
    port: r.port,
    flags: r.flags,
    tag: r.tag,
  };
}
