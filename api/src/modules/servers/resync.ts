/**
 * Re-sync (HestiaCP's v-sync-dns-cluster, beyond H-Sphere): rebuild what a logical server should
 * hold from the database. The area that owns a kind's resources (web: sites; dns: zones; mysql:
 * databases, logins, grants) registers how to survey a server of that kind and queue the repairs;
 * this service finds the server and its link, runs that in one transaction, and reports. What the server holds but the panel does not know
 * is listed, never removed.
 */
import type { EntityManager } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { systemEm } from '../../db/scope';
import type { Ctx } from '../../graphql/context';
import { conflict, notFound } from '../../errors';
import type { Core } from '../../module';
import type { Link } from '../../remote/link';
import type { ServerKind } from './enums';
import { LogicalServer } from './logical-server.entity';
import type { ServerLinks } from './server-links';

@ObjectType({ description: 'What a re-sync found on a logical server, and what it queued.' })
export class ResyncReport {
  @Field(() => Date)
  checkedAt!: Date;

  @Field(() => [String], { description: 'What the server should hold and does not; queued again.' })
  missing!: string[];

  @Field(() => [String], { description: 'What the server holds, but not as the panel writes it; queued again.' })
  different!: string[];

  @Field(() => [String], { description: 'What the server holds that the panel does not know; left alone.' })
  unknown!: string[];

  @Field(() => Int, { description: 'Tasks queued to repair the missing and the different.' })
  queued!: number;
}

/** Surveys `server` through `link` and queues the repairs on `em` (flushed by the caller, in its transaction). */
export type Resyncer = (
  em: EntityManager,
  server: LogicalServer,
  link: Link,
) => Promise<Omit<ResyncReport, 'checkedAt'>>;

export class ResyncService {
  private readonly byKind = new Map<ServerKind, Resyncer>();

  constructor(
    private readonly core: Pick<Core, 'tasks'>,
    private readonly links: ServerLinks,
  ) {}

  /** Registers how servers of `kind` are re-synced (by the area that owns what they hold). */
  resyncWith(kind: ServerKind, resyncer: Resyncer): void {
    if (this.byKind.has(kind)) throw new Error(`a re-sync for ${kind} servers is already registered`);
    this.byKind.set(kind, resyncer);
  }

  async resync(ctx: Ctx, id: number): Promise<ResyncReport> {
    const server = await ctx.em.findOne(LogicalServer, { id });
    if (!server) throw notFound('Logical server');
    const resyncer = this.byKind.get(server.kind);
    if (!resyncer) throw conflict(`Re-sync is not available for ${server.kind} servers yet`);
    const em = systemEm(ctx.em, 'a re-sync reads every company’s resources on the server, for the master admin');
    const link = await this.links.forLogical(em, server);
    const report = await em.transactional(async (tx) => {
      const found = await resyncer(tx, await tx.findOneOrFail(LogicalServer, { id }), link);
      await tx.flush();
      return found;
    });
    this.core.tasks.notify();
    ctx.log.info(
      {
        logicalServerId: id,
        by: ctx.viewer?.userId,
        missing: report.missing.length,
        different: report.different.length,
        unknown: report.unknown.length,
        queued: report.queued,
      },
      'logical server re-synced',
    );
    return { checkedAt: new Date(), ...report };
  }
}
