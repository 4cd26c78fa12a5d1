import crypto from 'node:crypto';
import { Arg, Ctx as Context, Field, FieldResolver, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { systemEm, unscoped } from '../db/scope';
import { appError, conflict, notFound, parseId } from '../errors';
import { Access } from '../graphql/access';
import { applyScope, type Ctx } from '../graphql/context';
import { panelUrl } from '../http/panel-url';
import type { Core } from '../module';
import { audit } from '../modules/audit';
import {
  ImpersonationTicket,
  resellerForHost,
  Role,
  SessionService,
  User,
  viewerOf,
  ViewerType,
} from '../modules/identity';
import { Reseller, ResellerStatus } from '../modules/resellers';

const TICKET_TTL_MS = 60_000;

/**
 * "Log in as" (RES beyond, for support): the master admin signs in as any reseller admin or end
 * user, a reseller admin as its own end users. The admin's panel gets a one-time link to the
 * user's panel (their company's host); there the link starts a session of the user, marked with
 * the admin, in a cookie of its own beside the admin's own session. It cannot change the user's
 * password; its start and end are in the user's company's audit trail with the admin's name.
 */
export class ImpersonationService {
  constructor(
    private readonly core: Pick<Core, 'config'>,
    private readonly sessions: Pick<SessionService, 'start' | 'end'>,
  ) {}

  /** A one-time link to the target's panel, valid for a minute. */
  async start(ctx: Ctx, userId: number): Promise<string> {
    const viewer = ctx.viewer!;
    if (viewer.session.impersonator) throw conflict('Return to your own panel before signing in as someone else');
    // The viewer's scope finds only users of companies they manage: any other ID is NOT_FOUND.
    const target = await ctx.em.findOne(User, { id: userId }, { populate: ['reseller'] });
    if (!target) throw notFound('User');
    const allowed =
      viewer.role === Role.MASTER_ADMIN ? target.role !== Role.MASTER_ADMIN : target.role === Role.END_USER;
    if (!allowed || target.id === viewer.userId) throw appError('FORBIDDEN', 'You cannot sign in as this user');
    if (target.reseller.status === ResellerStatus.SUSPENDED)
      throw conflict(`${target.reseller.name} is suspended: nobody can sign in on its panel`);
    const own = await ctx.em.findOneOrFail(
      Reseller,
      { id: viewer.resellerId },
      unscoped('the admin’s own company, for the way back to its panel'),
    );
    const token = crypto.randomBytes(32).toString('base64url');
    ctx.em.create(ImpersonationTicket, {
      id: SessionService.digest(token),
      impersonator: ctx.em.getReference(User, viewer.userId),
      target,
      returnUrl: panelUrl(this.core.config, own, '/'),
      expiresAt: new Date(Date.now() + TICKET_TTL_MS),
    });
    await ctx.em.flush();
    // The token rides in the fragment: browsers send it to no server and no Referer.
    return panelUrl(this.core.config, target.reseller, `/impersonate#${token}`);
  }

  /** On the target's panel: turns the link's token into a session of the target, marked with the admin. */
  async redeem(ctx: Ctx, token: string): Promise<void> {
    const em = systemEm(ctx.em, 'a one-time ticket is read before anyone is signed in on this host');
    const refused = () => appError('UNAUTHENTICATED', 'This sign-in link is used, expired or not for this panel');
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw refused();
    const ticket = await em.findOne(
      ImpersonationTicket,
      { id: SessionService.digest(token) },
      { populate: ['target', 'target.reseller', 'impersonator'] },
    );
    if (!ticket) throw refused();
    await em.nativeDelete(ImpersonationTicket, { id: ticket.id }); // one use, whatever follows
    const host = await resellerForHost(ctx);
    if (ticket.expiresAt.getTime() <= Date.now() || ticket.target.reseller.id !== host.id) throw refused();
    if (host.status === ResellerStatus.SUSPENDED) throw refused();
    const session = await this.sessions.start(em, ctx.http, ticket.target, null, {
      impersonator: ticket.impersonator,
      returnUrl: ticket.returnUrl,
    });
    audit(em, {
      resellerId: host.id,
      actorId: ticket.impersonator.id,
      action: 'impersonation.started',
      detail: `${ticket.impersonator.login} signed in as ${ticket.target.login}`,
    });
    await em.flush();
    ctx.viewer = viewerOf(session);
    applyScope(ctx.em, ctx.viewer);
    ctx.log.info({ userId: ticket.target.id, by: ticket.impersonator.id }, 'impersonation started');
  }

  /** Ends the impersonated session; returns the admin's own panel address. */
  async end(ctx: Ctx): Promise<string> {
    const session = ctx.viewer?.session;
    if (!session?.impersonator) throw conflict('You are signed in as yourself');
    const em = systemEm(ctx.em, 'the audit entry names the admin, who belongs to another company');
    const impersonator = await em.findOneOrFail(User, { id: session.impersonator.id });
    audit(em, {
      resellerId: ctx.viewer!.resellerId,
      actorId: impersonator.id,
      action: 'impersonation.ended',
      detail: `${impersonator.login} returned from ${ctx.viewer!.user.login}`,
    });
    await em.flush();
    await this.sessions.end(em, ctx.http, session);
    ctx.viewer = null;
    return session.returnUrl ?? panelUrl(this.core.config, { cpHost: null }, '/');
  }
}

@ObjectType({ description: 'The admin who is signed in as the viewer, for support.' })
export class Impersonator {
  @Field(() => String)
  login!: string;

  @Field(() => String, { description: 'Their own panel, where “return to my panel” leads.' })
  returnUrl!: string;
}

/** "Log in as": the admin's link, its use on the user's panel, the way back, and the banner's facts. */
@Resolver(() => ViewerType)
export class ImpersonationResolver {
  constructor(private readonly api: { impersonation: ImpersonationService }) {}

  @Access('admin')
  @Mutation(() => String, {
    description:
      'A one-time link (valid for a minute) that signs you in as this user on their company’s panel, beside your own session: the master admin as any reseller admin or end user, a reseller admin as its own end users. The session cannot change their password; it is in their company’s audit trail with your name.',
  })
  impersonateUser(@Context() ctx: Ctx, @Arg('userId', () => ID) userId: string): Promise<string> {
    return this.api.impersonation.start(ctx, parseId(userId));
  }

  @Access('public')
  @Mutation(() => ViewerType, {
    description:
      'Uses a link of impersonateUser on the user’s panel. UNAUTHENTICATED when it is used, expired or for another panel.',
  })
  async redeemImpersonation(@Context() ctx: Ctx, @Arg('token', () => String) token: string): Promise<ViewerType> {
    await this.api.impersonation.redeem(ctx, token);
    return {} as ViewerType;
  }

  @Access('user')
  @Mutation(() => String, { description: 'Ends the session as another user; answers the address of your own panel.' })
  endImpersonation(@Context() ctx: Ctx): Promise<string> {
    return this.api.impersonation.end(ctx);
  }

  @FieldResolver(() => Impersonator, {
    nullable: true,
    description: 'Set when an admin is signed in as this user (show a banner with the way back).',
  })
  async impersonator(@Context() ctx: Ctx): Promise<Impersonator | null> {
    const session = ctx.viewer?.session;
    if (!session?.impersonator) return null;
    const em = systemEm(ctx.em, 'the admin signed in as the viewer belongs to another company');
    const admin = await em.findOneOrFail(User, { id: session.impersonator.id });
    return { login: admin.login, returnUrl: session.returnUrl ?? '/' };
  }
}
