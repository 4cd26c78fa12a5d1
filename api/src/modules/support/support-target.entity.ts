import { Entity, Enum, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Reseller } from '../resellers';
import { TicketPriority } from './enums';

/** A company's targets for one priority, in minutes; no row: the defaults (enums.ts DEFAULT_TARGETS). */
@Entity({ tableName: 'support_target' })
export class SupportTarget {
  [PrimaryKeyProp]?: ['reseller', 'priority'];

  @ManyToOne(() => Reseller, { primary: true, deleteRule: 'cascade' })
  reseller!: Reseller;

  @Enum({ items: () => TicketPriority, type: 'string', primary: true })
  priority!: TicketPriority;

  @Property({ type: 'integer' })
  firstResponseMinutes!: number;

  @Property({ type: 'integer' })
  resolutionMinutes!: number;
}
