import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ListBound } from '../../graphql/list-bound';
import { RECOVERY_CODE_COUNT } from './recovery-codes';
import { SecondFactorMethod } from './two-factor.service';

registerEnumType(SecondFactorMethod, {
  name: 'SecondFactorMethod',
  description:
    'A way to give the second factor at sign-in: a code of an authenticator app, a recovery code, a passkey.',
});

/**
 * The viewer's two-factor state. Its fields are resolved one by one (two-factor.resolver.ts), each
 * with its own small query, so the panel's every-page session query asking only
 * `enrolmentRequired` costs nothing for a customer and one lookup for an admin.
 */
@ObjectType({ description: 'Your two-factor sign-in: what is set up, and whether your company requires it of you.' })
export class TwoFactorState {
  /** Whose state it is (the viewer's user); not in the schema. */
  userId!: number;
}

@ObjectType({ description: 'A new authenticator app to confirm: scan the address as a QR code, or type the secret.' })
export class TotpEnrolment {
  @Field(() => String, { description: 'The base32 secret, for typing into the app by hand. Shown once.' })
  secret!: string;

  @Field(() => String, { description: 'The otpauth:// address the QR code carries.' })
  otpauthUri!: string;
}

@ObjectType({
  description: 'Single-use recovery codes, shown this once: each signs you in once instead of your app or passkey.',
})
export class RecoveryCodes {
  @ListBound(RECOVERY_CODE_COUNT)
  @Field(() => [String], { description: `The codes (${RECOVERY_CODE_COUNT}); older ones stop working.` })
  codes!: string[];
}

@InputType({ description: 'The first code of your authenticator app, confirming it is set up.' })
export class ConfirmTotpInput {
  @Field(() => String, { description: 'The six digits the app shows now.' })
  code!: string;
}

@InputType({ description: 'Proof it is you: your password, or a code of your app (or a recovery code). One of them.' })
export class TwoFactorProofInput {
  @Field(() => String, { nullable: true })
  password?: string | null;

  @Field(() => String, { nullable: true, description: 'Six digits of your app, or a recovery code.' })
  code?: string | null;
}

@InputType({ description: 'A new passkey: the browser’s answer to startPasskeyRegistration, and a name for it.' })
export class FinishPasskeyRegistrationInput {
  @Field(() => String, { description: 'Up to 64 characters, e.g. “Work laptop”.' })
  name!: string;

  @Field(() => String, { description: 'The RegistrationResponseJSON of navigator.credentials.create(), as JSON text.' })
  response!: string;
}

@InputType({ description: 'The second factor of a sign-in whose password was right: exactly one of these.' })
export class SecondFactorInput {
  @Field(() => String, { nullable: true, description: 'The six digits your authenticator app shows.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'One of your recovery codes (used up by signing in).' })
  recoveryCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The AuthenticationResponseJSON of navigator.credentials.get() for secondFactorPasskeyOptions, as JSON text.',
  })
  passkey?: string | null;
}
