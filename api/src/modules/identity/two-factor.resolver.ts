import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId } from '../../errors';
import { Reseller } from '../resellers';
import { Passkey } from './passkey.entity';
import type { PasskeyService } from './passkeys.service';
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
import type { TwoFactorService } from './two-factor.service';
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
  async twoFactor(@Context() ctx: Ctx): Promise<TwoFactorState> {
    const viewer = ctx.viewer!;
    const [summary, passkeys, methods, enrolmentRequired] = await Promise.all([
      this.api.twoFactor.summary(ctx.em, viewer.user.id),
      this.api.passkeys.list(ctx.em, viewer.user.id),
      this.api.twoFactor.methods(ctx.em, viewer.user.id),
      mustEnrol(ctx.em, viewer),
    ]);
    return {
      totpEnabled: summary.totp,
      recoveryCodesLeft: summary.recoveryCodesLeft,
      passkeys,
      methods,
      enrolmentRequired,
    };
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
    await setAdminsNeedTwoFactor(ctx, required);
    return ctx.em.findOneOrFail(Reseller, { id: ctx.viewer!.resellerId });
  }
}

/** Whether a login has two-factor sign-in, for the admins who manage it; and turning it off for one who lost it. */
@Resolver(() => User)
export class UserTwoFactorResolver {
  constructor(private readonly api: Api) {}

  @FieldResolver(() => Boolean, { description: 'Signs in with a second factor (an authenticator app or a passkey).' })
  twoFactorEnabled(@Context() ctx: Ctx, @Root() user: User): Promise<boolean> {
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
