import { Field, InputType, ObjectType } from 'type-graphql';
import { Language, Skin } from '../../graphql/presentation';

@InputType({ description: 'First-run setup: the hosting company and its master admin.' })
export class SetupInput {
  @Field(() => String, { description: 'Your hosting company’s name.' })
  companyName!: string;

  @Field(() => String, { description: 'Master admin login (3–32 characters: letters, digits, . _ -).' })
  login!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'At least 8 characters.' })
  password!: string;
}

@InputType()
export class LoginInput {
  @Field(() => String)
  login!: string;

  @Field(() => String)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String, { description: 'At least 8 characters, different from the current one.' })
  newPassword!: string;
}

@ObjectType({ description: 'What the panel shows before anyone signs in, for the host name it is served on.' })
export class Branding {
  @Field(() => String, { description: 'The hosting company (the reseller whose panel this host serves).' })
  companyName!: string;

  @Field(() => Skin)
  defaultSkin!: Skin;

  @Field(() => Language)
  defaultLanguage!: Language;

  @Field(() => Boolean, { description: 'Whether the text-only variant is the default.' })
  defaultTextOnly!: boolean;

  @Field(() => Boolean, { description: 'Whether this company’s users may choose their skin (LF-3).' })
  usersChooseSkin!: boolean;

  @Field(() => Boolean, { description: 'Whether this company’s users may choose their language (LF-3).' })
  usersChooseLanguage!: boolean;

  /** The company whose panel this is, for the fields other areas add (its theme). Not in the schema. */
  companyId!: number;

  @Field(() => Boolean, { description: 'True until the first-run setup has created the master admin.' })
  needsSetup!: boolean;

  @Field(() => Boolean, {
    description: 'The master admin suspended this company: its panel says so, and nobody signs in here meanwhile.',
  })
  suspended!: boolean;

  @Field(() => Boolean, {
    description:
      'Name the product (Heliosphere) on this panel: the master’s company, when it chose to; never a reseller’s.',
  })
  productCredit!: boolean;
}
