/**
 * Moving an account's sites to another web server of the same group (SRV beyond): per site, one
 * task on the new server copies the document root over (through the panel: the machines never talk
 * to each other), writes the server block, then points the site, the account and the site's address
 * records at the new server ('site.moved'; dns rewrites the records). The old copy keeps serving
 * until DNS caches have moved on (WEB_MOVE_GRACE_SECONDS) and is removed by a task on the old server.
 */
import type { EntityManager } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Config } from '../../config';
import { systemEm } from '../../db/scope';
import { conflict, notFound } from '../../errors';
import type { Ctx } from '../../graphql/context';
import type { Core } from '../../module';
import { ProvisionState } from '../../tasks/provision-state';
import { Account } from '../accounts';
import { LogicalServer, moveTarget, placedServer, ServerKind } from '../servers';
import { webSettings } from './settings';
import { WebTask, type DropPayload, type MovePayload } from './web.tasks';
import { WebSite } from './web-site.entity';

@ObjectType({ description: 'A move of an account’s sites to another web server, as queued.' })
export class SiteMove {
  @Field(() => ID)
  accountId!: number;

  @Field(() => String, { description: 'The server the sites leave.' })
  from!: string;

  @Field(() => String, { description: 'The server they go to.' })
  to!: string;

  @Field(() => Int, { description: 'Sites queued to move (one task each on the new server).' })
  sites!: number;
}

const subject = (site: WebSite) => `web site ${site.serverNames[0] ?? site.directory} (move)`;

export class SiteMoves {
  constructor(private readonly core: Pick<Core, 'tasks' | 'config'>) {}

  /** Queues the move of `accountId`'s sites to web server `toId` (master admin). */
  async move(ctx: Ctx, accountId: number, toId: number): Promise<SiteMove> {
    const em = systemEm(ctx.em, 'the master admin moves any company’s account between servers');
    const result = await em.transactional(async (tx) => {
      const account = await tx.findOne(Account, { id: accountId });
      if (!account) throw notFound('Account');
      const placed = await placedServer(tx, accountId, ServerKind.WEB);
      const from = placed.server;
      const to = await moveTarget(tx, { from, toId, kind: ServerKind.WEB, what: `account ${accountId}` });
      const busy = await tx.count(WebSite, {
        account: accountId,
        state: { $in: [ProvisionState.QUEUED, ProvisionState.DELETING] },
      });
      if (busy)
        throw conflict(`account ${accountId} has ${busy} site(s) being set up or removed; move it once they are done`);
      const sites = await tx.find(WebSite, {
        account: accountId,
        server: from.id,
        state: { $ne: ProvisionState.DELETING },
      });
      for (const site of sites) {
        this.core.tasks.enqueue(tx, {
          kind: WebTask.moveSite,
          payload: { siteId: site.id, directory: site.directory, from: from.id } satisfies MovePayload,
          server: to,
          account,
          reseller: account.reseller,
          subject: subject(site),
        });
      }
      // New sites of the account go to the new server from now on.
      placed.server = to;
      return { accountId, from: from.name, to: to.name, sites: sites.length };
    });
    this.core.tasks.notify();
    ctx.log.info({ ...result, by: ctx.viewer?.userId }, 'account’s sites moving');
    return result;
  }
}

/** The task that removes the old copy, once DNS caches have moved on. */
export function queueDropOldCopy(
  em: EntityManager,
  core: Pick<Core, 'tasks'>,
  config: Config,
  site: WebSite,
  payload: DropPayload,
  from: LogicalServer,
): void {
  core.tasks.enqueue(em, {
    kind: WebTask.dropOldCopy,
    payload: payload as unknown as Record<string, unknown>,
    server: from,
    account: site.account,
    reseller: site.reseller,
    subject: `old copy of ${subject(site)}`,
    runAfter: new Date(Date.now() + webSettings.of(config).moveGraceMs),
  });
}
