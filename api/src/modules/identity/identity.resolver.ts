import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId } from '../../errors';
import { Account } from '../accounts/account.entity';
import { Reseller } from '../resellers/reseller.entity';
import { resellerForHost } from './auth.service';
import { Role } from './enums';
import { User } from './user.entity';
import { Branding, ChangePasswordInput, LoginInput, SetupInput } from './identity.inputs';
import { Preferences, PreferencesInput } from './preferences.service';
import { ViewerType } from './viewer.type';
import { perRequest } from '../../graphql/memo';
import { ListBound } from '../../graphql/list-bound';

/** Sign-in, sign-out, first-run setup and the signed-in user's own settings. */
@Resolver(() => ViewerType)
export class IdentityResolver {
  @Access('public')
  @Query(() => Branding, {
    description: 'Company name, default look and setup state for the host this panel is served on.',
  })
  async branding(@Context() ctx: Ctx): Promise<Branding> {
    const reseller = await resellerForHost(ctx);
    const needsSetup = reseller.isRoot ? await ctx.services.auth.needsSetup(ctx) : false;
    return {
      companyName: reseller.name,
      defaultSkin: reseller.defaultSkin,
      defaultLanguage: reseller.defaultLanguage,
      needsSetup,
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
    await ctx.services.auth.setup(ctx, input);
    return {} as ViewerType;
  }

  @Access('public')
  @Mutation(() => ViewerType, { description: 'Signs in on this host’s reseller; sets an HttpOnly session cookie.' })
  async login(@Context() ctx: Ctx, @Arg('input', () => LoginInput) input: LoginInput): Promise<ViewerType> {
    await ctx.services.auth.login(ctx, input);
    return {} as ViewerType;
  }

  @Access('user')
  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async logout(@Context() ctx: Ctx): Promise<boolean> {
    await ctx.services.auth.logout(ctx);
    return true;
  }

  @Access('user')
  @Mutation(() => ViewerType, {
    description: 'Makes another of your accounts the active one, without signing in again.',
  })
  async switchAccount(@Context() ctx: Ctx, @Arg('accountId', () => ID) accountId: string): Promise<ViewerType> {
    await ctx.services.auth.switchAccount(ctx, parseId(accountId, 'accountId'));
    return {} as ViewerType;
  }

  @Access('user')
  @Mutation(() => Boolean, { description: 'Changes your own password; your other sessions are signed out.' })
  async changePassword(
    @Context() ctx: Ctx,
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
  ): Promise<boolean> {
    await ctx.services.auth.changePassword(ctx, input);
    return true;
  }

  @Access('user')
  @Mutation(() => Preferences, {
    description: 'Changes your skin, text-only variant or language; kept across sign-ins.',
  })
  updatePreferences(
    @Context() ctx: Ctx,
    @Arg('input', () => PreferencesInput) input: PreferencesInput,
  ): Promise<Preferences> {
    return ctx.services.preferences.update(ctx, input);
  }

  // The Viewer's fields all read the request's viewer; the root object carries nothing.
  @FieldResolver(() => User)
  user(@Context() ctx: Ctx) {
    return ctx.viewer!.user;
  }

  @FieldResolver(() => Role)
  role(@Context() ctx: Ctx) {
    return ctx.viewer!.role;
  }

  @FieldResolver(() => Reseller)
  reseller(@Context() ctx: Ctx) {
    return ctx.em.findOneOrFail(Reseller, { id: ctx.viewer!.resellerId });
  }

  @FieldResolver(() => Account, { nullable: true })
  async activeAccount(@Context() ctx: Ctx): Promise<Account | null> {
    const active = ctx.viewer!.session.activeAccount;
    if (!active) return null;
    return (await this.accounts(ctx)).find((a) => a.id === active.id) ?? null;
  }

  @ListBound(100)
  @FieldResolver(() => [Account])
  accounts(@Context() ctx: Ctx): Promise<Account[]> {
    // activeAccount picks from the same list: one query serves both fields.
    return perRequest(ctx, 'viewer.accounts', () => ctx.services.accounts.ownedBy(ctx, ctx.viewer!.user.id));
  }

  @FieldResolver(() => Preferences)
  preferences(@Context() ctx: Ctx): Promise<Preferences> {
    return ctx.services.preferences.effective(ctx, ctx.viewer!.user);
  }
}
