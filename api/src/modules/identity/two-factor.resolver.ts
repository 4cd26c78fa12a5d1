import { Arg, Ctx as Context, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { ListBound } from '../../graphql/list-bound';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId } from '../../errors';
import { Reseller } from '../resellers';
import { Passkey } from './passkey.entity';
import { MAX_PASSKEYS, type PasskeyService } from './passkeys.service';
import type { SecondFactorService } from './second-factor.service';
import {
  ConfirmTotpInput,
  FinishPasskeyRegistrationInput,
  RecoveryCodes,
  SecondFactorInput,
  TotpEnrolment,
  TwoFactorProofInput,
  TwoFactorState,
} from './two-factor.inputs';
import { adminsNeedTwoFactor, hasSecondFactor, mustEnrol, setAdminsNeedTwoFactor } from './two-factor.policy';
import { SecondFactorMethod, type TwoFactorService } from './two-factor.service';
import { User } from './user.entity';
import { ViewerType } from './viewer.type';

interface Api {
  twoFactor: TwoFactorService;
  passkeys: PasskeyService;
  secondFactor: SecondFactorService;
}

/** Two-factor sign-in: the viewer's app, recovery codes and passkeys, and the second step of signing in. */
@Resolver(() => ViewerType)
export class TwoFactorResolver {
  constructor(private readonly api: Api) {}

  @FieldResolver(() => TwoFactorState, { description: 'Your two-factor sign-in.' })
  twoFactor(@Context() ctx: Ctx): TwoFactorState {
    return { userId: ctx.viewer!.userId };
  }

  @Access('signedIn')
  @Mutation(() => TotpEnrolment, {
    description:
      'Starts setting up an authenticator app (again, while unconfirmed): a new secret. CONFLICT when one is set up already.',
  })
  async startTotpEnrolment(@Context() ctx: Ctx): Promise<TotpEnrolment> {
    const { secret, uri } = await this.api.twoFactor.startTotp(ctx);
    return { secret, otpauthUri: uri };
  }

  @Access('signedIn')
  @Mutation(() => RecoveryCodes, {
    description:
      'Confirms the app with its current code: it is asked for at sign-in from now on. Answers new recovery codes.',
  })
  async confirmTotpEnrolment(
    @Context() ctx: Ctx,
    @Arg('input', () => ConfirmTotpInput) input: ConfirmTotpInput,
  ): Promise<RecoveryCodes> {
    return { codes: await this.api.twoFactor.confirmTotp(ctx, input) };
  }

  @Access('signedIn')
  @Mutation(() => Boolean, { description: 'Turns the authenticator app off (your password or a code first).' })
  async disableTotp(
    @Context() ctx: Ctx,
    @Arg('input', () => TwoFactorProofInput) input: TwoFactorProofInput,
  ): Promise<boolean> {
    await this.api.twoFactor.disableTotp(ctx, input);
    return true;
  }

  @Access('signedIn')
  @Mutation(() => RecoveryCodes, {
    description: 'New recovery codes (your password or a code first); the old ones stop working.',
  })
  async regenerateRecoveryCodes(
    @Context() ctx: Ctx,
    @Arg('input', () => TwoFactorProofInput) input: TwoFactorProofInput,
  ): Promise<RecoveryCodes> {
    return { codes: await this.api.twoFactor.regenerateRecoveryCodes(ctx, input) };
  }

  @Access('signedIn')
  @Mutation(() => String, {
    description:
      'Starts adding a passkey: the options for navigator.credentials.create(), as JSON text (valid five minutes).',
  })
  startPasskeyRegistration(@Context() ctx: Ctx): Promise<string> {
    return this.api.passkeys.startRegistration(ctx);
  }

  @Access('signedIn')
  @Mutation(() => Passkey, { description: 'Adds the passkey the browser created for startPasskeyRegistration.' })
  finishPasskeyRegistration(
    @Context() ctx: Ctx,
    @Arg('input', () => FinishPasskeyRegistrationInput) input: FinishPasskeyRegistrationInput,
  ): Promise<Passkey> {
    return this.api.passkeys.finishRegistration(ctx, input);
  }

  @Access('signedIn')
  @Mutation(() => Boolean, { description: 'Removes one of your passkeys.' })
  async removePasskey(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<boolean> {
    await this.api.passkeys.remove(ctx, id);
    return true;
  }

  @Access('public')
  @Mutation(() => String, {
    description:
      'After a login answered SECOND_FACTOR_REQUIRED: the options for navigator.credentials.get() to sign in with a passkey, as JSON text.',
  })
  secondFactorPasskeyOptions(@Context() ctx: Ctx): Promise<string> {
    return this.api.secondFactor.passkeyOptions(ctx);
  }

  @Access('public')
  @Mutation(() => ViewerType, {
    description:
      'After a login answered SECOND_FACTOR_REQUIRED (the pending sign-in is an HttpOnly cookie, five minutes long): the second factor, which signs you in.',
  })
  async verifySecondFactor(
    @Context() ctx: Ctx,
    @Arg('input', () => SecondFactorInput) input: SecondFactorInput,
  ): Promise<ViewerType> {
    await this.api.secondFactor.verify(ctx, input);
    return {} as ViewerType;
  }

  @Access('admin')
  @Mutation(() => Reseller, {
    description:
      'Requires (or stops requiring) two-factor sign-in of your company’s admins. CONFLICT when you have none yourself.',
  })
  async setAdminsNeedTwoFactor(
    @Context() ctx: Ctx,
    @Arg('required', () => Boolean) required: boolean,
  ): Promise<Reseller> {
    await setAdminsNeedTwoFactor(ctx, required, (em, what) =>
      this.api.twoFactor.securityChanged(em, ctx.viewer!.user, ctx.viewer!.userId, what),
    );
    return ctx.em.findOneOrFail(Reseller, { id: ctx.viewer!.resellerId });
  }
}

/** The viewer's two-factor state, field by field. */
@Resolver(() => TwoFactorState)
export class TwoFactorStateResolver {
  constructor(private readonly api: Api) {}

  @FieldResolver(() => Boolean, { description: 'An authenticator app (TOTP) is set up and asked for at sign-in.' })
  async totpEnabled(@Context() ctx: Ctx, @Root() state: TwoFactorState): Promise<boolean> {
    return (await this.api.twoFactor.summary(ctx.em, state.userId)).totp;
  }

  @FieldResolver(() => Int, { description: 'Unused recovery codes left.' })
  async recoveryCodesLeft(@Context() ctx: Ctx, @Root() state: TwoFactorState): Promise<number> {
    return (await this.api.twoFactor.summary(ctx.em, state.userId)).recoveryCodesLeft;
  }

  @ListBound(MAX_PASSKEYS)
  @FieldResolver(() => [Passkey], { description: `Your passkeys, oldest first; at most ${MAX_PASSKEYS}.` })
  passkeys(@Context() ctx: Ctx, @Root() state: TwoFactorState): Promise<Passkey[]> {
    return this.api.passkeys.list(ctx.em, state.userId);
  }

  @FieldResolver(() => [SecondFactorMethod], {
    description: 'The ways you can give a second factor at sign-in; empty: none is asked.',
  })
  methods(@Context() ctx: Ctx, @Root() state: TwoFactorState): Promise<SecondFactorMethod[]> {
    return this.api.twoFactor.methods(ctx.em, state.userId);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Your company requires its admins to use two-factor sign-in and you have not set it up: nothing else is allowed until you do.',
  })
  enrolmentRequired(@Context() ctx: Ctx): Promise<boolean> {
    return mustEnrol(ctx.em, ctx.viewer);
  }
}

/** Whether a login has two-factor sign-in, for the admins who manage it; and turning it off for one who lost it. */
@Resolver(() => User)
export class UserTwoFactorResolver {
  constructor(private readonly api: Api) {}

  @FieldResolver(() => Boolean, { description: 'Signs in with a second factor (an authenticator app or a passkey).' })
  twoFactorEnabled(@Context() ctx: Ctx, @Root() user: Pick<User, 'id'>): Promise<boolean> {
    return hasSecondFactor(ctx.em, user.id);
  }

  @Access('admin')
  @Mutation(() => User, {
    description:
      'Turns off every second factor of a user you manage (app, passkeys, recovery codes), for one who lost them. Not your own.',
  })
  resetUserTwoFactor(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<User> {
    return this.api.twoFactor.resetForUser(ctx, parseId(id));
  }
}

/** A company's sign-in policy, on its row. */
@Resolver(() => Reseller)
export class CompanySecurityResolver {
  @FieldResolver(() => Boolean, { description: 'Its admins must sign in with a second factor.' })
  adminsNeedTwoFactor(@Context() ctx: Ctx, @Root() reseller: Reseller): Promise<boolean> {
    return adminsNeedTwoFactor(ctx.em, reseller.id);
  }
}
