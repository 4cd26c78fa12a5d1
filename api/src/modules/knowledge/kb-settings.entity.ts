import { Entity, OneToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Reseller } from '../resellers';

/** A company's knowledge-base settings. No row: the defaults (the knowledge base needs signing in). */
@Entity({ tableName: 'kb_settings' })
export class KbSettings {
  [OptionalProps]?: 'publicKnowledgeBase';

  @OneToOne(() => Reseller, { primary: true, owner: true, deleteRule: 'cascade' })
  reseller!: Reseller;

  /** Its published articles are readable without signing in, on its panel host (/kb). */
  @Property({ type: 'boolean', default: false })
  publicKnowledgeBase: boolean = false;
}
