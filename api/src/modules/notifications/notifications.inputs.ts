import { Field, InputType, ObjectType } from 'type-graphql';
import { Language } from '../../graphql/presentation';
import { ListBound } from '../../graphql/list-bound';
import { MailEvent, COMMON_PLACEHOLDERS, EVENT_PLACEHOLDERS } from './mail-events';

const MOST_PLACEHOLDERS =
  COMMON_PLACEHOLDERS.length + Math.max(...Object.values(EVENT_PLACEHOLDERS).map((p) => p.length));

@ObjectType({
  description: 'One e-mail of your company in one language: the wording in effect and where it comes from.',
})
export class MailTemplateView {
  @Field(() => MailEvent)
  event!: MailEvent;

  @Field(() => Language)
  language!: Language;

  @Field(() => String, { description: 'The subject in effect (your own, or the built-in one).' })
  subject!: string;

  @Field(() => String, { description: 'The body in effect; the company’s signature is added below it when sent.' })
  body!: string;

  @Field(() => Boolean, { description: 'True when your company has its own wording; false: the built-in template.' })
  overridden!: boolean;

  @ListBound(MOST_PLACEHOLDERS)
  @Field(() => [String], { description: 'The placeholders this e-mail may use, written {{name}}.' })
  placeholders!: string[];

  @Field(() => Date, { nullable: true, description: 'When your wording was last saved; null for the built-in one.' })
  updatedAt!: Date | null;
}

@InputType({ description: 'Your wording of one e-mail in one language.' })
export class MailTemplateInput {
  @Field(() => MailEvent)
  event!: MailEvent;

  @Field(() => Language)
  language!: Language;

  @Field(() => String, { description: 'At most 200 characters; placeholders from the e-mail’s list.' })
  subject!: string;

  @Field(() => String, { description: 'Plain text, at most 20,000 characters; placeholders from the e-mail’s list.' })
  body!: string;
}

@ObjectType({ description: 'An e-mail as it would be sent, with sample values and your company’s signature.' })
export class MailPreview {
  @Field(() => String)
  subject!: string;

  @Field(() => String)
  body!: string;

  @Field(() => String, { description: 'The From header it would have, e.g. "Example Hosting" <billing@example.com>.' })
  from!: string;

  @Field(() => String, { nullable: true, description: 'The Reply-To header: your support e-mail, when set.' })
  replyTo!: string | null;
}

@ObjectType({ description: 'Who your company’s e-mail comes from.' })
export class MailSenderView {
  @Field(() => String, { nullable: true, description: 'Your sender name; null: the company name.' })
  senderName!: string | null;

  @Field(() => String, { nullable: true, description: 'Your sender address; null: the panel’s default address.' })
  senderAddress!: string | null;

  @Field(() => String, { description: 'The name in effect.' })
  effectiveName!: string;

  @Field(() => String, { description: 'The address in effect.' })
  effectiveAddress!: string;

  @Field(() => String, { nullable: true, description: 'Where answers go: your support e-mail, when set.' })
  replyTo!: string | null;
}

@InputType({ description: 'Who your company’s e-mail comes from; empty values go back to the defaults.' })
export class MailSenderInput {
  @Field(() => String, { nullable: true, description: 'At most 100 characters; empty: the company name.' })
  senderName?: string | null;

  @Field(() => String, { nullable: true, description: 'An e-mail address; empty: the panel’s default address.' })
  senderAddress?: string | null;
}
