import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx as Context, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListBound } from '../../graphql/list-bound';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { Reseller, ResellerStatus } from '../resellers';
import { resellerForHost, type AuthService } from './auth.service';
import { Role } from './enums';
import { User } from './user.entity';
import { Branding, ChangePasswordInput, LoginInput, SetupInput } from './identity.inputs';
import { Preferences, PreferencesInput, preferencesOf, type PreferencesService } from './preferences.service';
import { snapshotFor } from './request-viewer';
import { ViewerType } from './viewer.type';

/**
 * Sign-in, sign-out, first-run setup and the signed-in user's own settings. (The viewer's accounts
 * and switching between them are the accounts area's: accounts/viewer-accounts.resolver.ts.)
 */
@Resolver(() => ViewerType)
export class IdentityResolver {
  constructor(private readonly api: { auth: AuthService; preferences: PreferencesService }) {}

  @Access('public')
  @Query(() => Branding, {
    description: 'Company name, default look and setup state for the host this panel is served on.',
  })
  async branding(@Context() ctx: Ctx): Promise<Branding> {
    const reseller = await resellerForHost(ctx);
    const needsSetup = reseller.isRoot ? await this.api.auth.needsSetup(ctx) : false;
    return {
      companyId: reseller.id,
      companyName: reseller.name,
      defaultSkin: reseller.defaultSkin,
      defaultLanguage: reseller.defaultLanguage,
      defaultTextOnly: reseller.defaultTextOnly,
      usersChooseSkin: reseller.usersChooseSkin,
      usersChooseLanguage: reseller.usersChooseLanguage,
      needsSetup,
      suspended: reseller.status === ResellerStatus.SUSPENDED,
      productCredit: reseller.isRoot && reseller.productCredit,
    };
  }

  @Access('public')
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in user, or null.' })
  viewer(@Context() ctx: Ctx): ViewerType | null {
    return ctx.viewer ? ({} as ViewerType) : null;
  }

  @Access('public')
  @Mutation(() => ViewerType, {
    description: 'First run only: creates the master admin and signs them in. CONFLICT once done.',
  })
  async setup(@Context() ctx: Ctx, @Arg('input', () => SetupInput) input: SetupInput): Promise<ViewerType> {
    await this.api.auth.setup(ctx, input);
    return {} as ViewerType;
  }

  @Access('public')
  @Mutation(() => ViewerType, { description: 'Signs in on this host’s reseller; sets an HttpOnly session cookie.' })
  async login(@Context() ctx: Ctx, @Arg('input', () => LoginInput) input: LoginInput): Promise<ViewerType> {
    await this.api.auth.login(ctx, input);
    return {} as ViewerType;
  }

  @Access('signedIn')
  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async logout(@Context() ctx: Ctx): Promise<boolean> {
    await this.api.auth.logout(ctx);
    return true;
  }

  @Access('signedIn')
  @Mutation(() => Boolean, { description: 'Changes your own password; your other sessions are signed out.' })
  async changePassword(
    @Context() ctx: Ctx,
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
  ): Promise<boolean> {
    await this.api.auth.changePassword(ctx, input);
    return true;
  }

  @Access('signedIn')
  @Mutation(() => Preferences, {
    description: 'Changes your skin, text-only variant or language; kept across sign-ins.',
  })
  updatePreferences(
    @Context() ctx: Ctx,
    @Arg('input', () => PreferencesInput) input: PreferencesInput,
  ): Promise<Preferences> {
    return this.api.preferences.update(ctx, input);
  }

  // The Viewer's fields all read the request's viewer; the root object carries nothing.
  @FieldResolver(() => User)
  user(@Context() ctx: Ctx, @Info() info: GraphQLResolveInfo) {
    const viewer = ctx.viewer!;
    return snapshotFor(viewer, info)?.user ?? viewer.user;
  }

  @FieldResolver(() => Role)
  role(@Context() ctx: Ctx) {
    return ctx.viewer!.role;
  }

  @FieldResolver(() => Reseller)
  reseller(@Context() ctx: Ctx) {
    return ctx.em.findOneOrFail(Reseller, { id: ctx.viewer!.resellerId });
  }

  @FieldResolver(() => Preferences)
  preferences(@Context() ctx: Ctx, @Info() info: GraphQLResolveInfo): Promise<Preferences> | Preferences {
    const viewer = ctx.viewer!;
    const snapshot = snapshotFor(viewer, info);
    if (snapshot) return preferencesOf(snapshot.user, snapshot.company);
    return this.api.preferences.effective(ctx, viewer.user);
  }
}

/** A company's admin logins, for the master's reseller page (and an admin's own company). */
@Resolver(() => Reseller)
export class ResellerAdminsResolver {
  @Access('admin')
  @ListBound(50)
  @FieldResolver(() => [User], {
    description: 'Its admin logins (reseller admins; the master admin for the root company), by login; at most 50.',
  })
  admins(@Context() ctx: Ctx, @Root() reseller: Reseller): Promise<User[]> {
    // The viewer's scope: a reseller admin sees its own company's users only.
    return ctx.em.find(
      User,
      { reseller: reseller.id, role: { $in: [Role.RESELLER_ADMIN, Role.MASTER_ADMIN] } },
      { orderBy: { login: 'asc' }, limit: 50 },
    );
  }
}
