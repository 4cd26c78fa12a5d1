import { Arg, Ctx as Context, Field, InputType, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import type { RecoveryService } from './recovery.service';
import { User } from './user.entity';

@InputType({ description: '“Forgot password”: the login, or the e-mail address on file.' })
export class RequestPasswordResetInput {
  @Field(() => String, { description: 'Your login, or your e-mail address (every login of yours with it is mailed).' })
  login!: string;
}

@InputType({ description: 'A new password, with the token of the link that was mailed.' })
export class ResetPasswordWithLinkInput {
  @Field(() => String, { description: 'The `token` parameter of the mailed link.' })
  token!: string;

  @Field(() => String, { description: 'At least 8 characters.' })
  newPassword!: string;
}

@InputType({ description: 'A new e-mail address for your login, confirmed with your password.' })
export class ChangeEmailInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'Your current password.' })
  currentPassword!: string;
}

/** Password recovery and e-mail verification (issue 20); the rules are in recovery.service.ts. */
@Resolver()
export class RecoveryResolver {
  constructor(private readonly api: { recovery: RecoveryService }) {}

  @Access('public')
  @Mutation(() => Boolean, {
    description:
      'Mails a single-use password reset link (valid 1 hour) to the login’s address on this host’s company panel. Always answers true, whether or not such a login exists; TOO_MANY_REQUESTS when this address asked too often.',
  })
  async requestPasswordReset(
    @Context() ctx: Ctx,
    @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput,
  ): Promise<boolean> {
    await this.api.recovery.requestPasswordReset(ctx, input);
    return true;
  }

  @Access('public')
  @Mutation(() => Boolean, {
    description:
      'Sets a new password with a mailed reset link: the link is used up and every session of the user is signed out (sign in afterwards). BAD_USER_INPUT on `token` when the link is invalid, used or expired.',
  })
  async resetPassword(
    @Context() ctx: Ctx,
    @Arg('input', () => ResetPasswordWithLinkInput) input: ResetPasswordWithLinkInput,
  ): Promise<boolean> {
    await this.api.recovery.resetPassword(ctx, input);
    return true;
  }

  @Access('public')
  @Mutation(() => Boolean, {
    description:
      'Verifies an e-mail address with the token of the link mailed to it (signed in or not). BAD_USER_INPUT on `token` when the link is invalid, used, expired or for an address since changed.',
  })
  async verifyEmail(@Context() ctx: Ctx, @Arg('token', () => String) token: string): Promise<boolean> {
    await this.api.recovery.verifyEmail(ctx, token);
    return true;
  }

  @Access('signedIn')
  @Mutation(() => Boolean, {
    description:
      'Mails you a new verification link for your e-mail address (a few times an hour). CONFLICT when it is verified already.',
  })
  async resendVerificationEmail(@Context() ctx: Ctx): Promise<boolean> {
    await this.api.recovery.resendVerification(ctx);
    return true;
  }

  @Access('signedIn')
  @Mutation(() => User, {
    description:
      'Changes your e-mail address (your password confirms it); the new address is unverified until the link mailed to it is used.',
  })
  changeEmail(@Context() ctx: Ctx, @Arg('input', () => ChangeEmailInput) input: ChangeEmailInput): Promise<User> {
    return this.api.recovery.changeEmail(ctx, input);
  }
}
