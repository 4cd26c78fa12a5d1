import { Arg, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { ListBound } from '../../graphql/list-bound';
import { Language } from '../../graphql/presentation';
import { MailEvent } from './mail-events';
import {
  MailPreview,
  MailSenderInput,
  MailSenderView,
  MailTemplateInput,
  MailTemplateView,
} from './notifications.inputs';
import type { NotificationService } from './notifications.service';

const TEMPLATE_COUNT = Object.values(MailEvent).length * Object.values(Language).length;

/** Company settings: the e-mail templates and the sender of the admin's own company (LF-2, issue 17). */
@Resolver(() => MailTemplateView)
export class NotificationsResolver {
  constructor(private readonly api: { notifications: NotificationService }) {}

  @Access('admin')
  @ListBound(TEMPLATE_COUNT)
  @Query(() => [MailTemplateView], {
    description:
      'Every e-mail your company sends, per language: the wording in effect, whether it is your own, its placeholders.',
  })
  mailTemplates(@Context() ctx: Ctx): Promise<MailTemplateView[]> {
    return this.api.notifications.list(ctx);
  }

  @Access('admin')
  @Query(() => MailPreview, {
    description: 'A draft template rendered with sample values and your company’s signature; nothing is sent or saved.',
  })
  previewMailTemplate(
    @Context() ctx: Ctx,
    @Arg('input', () => MailTemplateInput) input: MailTemplateInput,
  ): Promise<MailPreview> {
    return this.api.notifications.preview(ctx, input);
  }

  @Access('admin')
  @Query(() => MailSenderView, { description: 'Who your company’s e-mail comes from.' })
  mailSender(@Context() ctx: Ctx): Promise<MailSenderView> {
    return this.api.notifications.sender(ctx);
  }

  @Access('admin')
  @Mutation(() => MailTemplateView, { description: 'Saves your company’s own wording of one e-mail in one language.' })
  saveMailTemplate(
    @Context() ctx: Ctx,
    @Arg('input', () => MailTemplateInput) input: MailTemplateInput,
  ): Promise<MailTemplateView> {
    return this.api.notifications.save(ctx, input);
  }

  @Access('admin')
  @Mutation(() => MailTemplateView, {
    description: 'Drops your company’s wording of one e-mail in one language: the built-in template is used again.',
  })
  resetMailTemplate(
    @Context() ctx: Ctx,
    @Arg('event', () => MailEvent) event: MailEvent,
    @Arg('language', () => Language) language: Language,
  ): Promise<MailTemplateView> {
    return this.api.notifications.reset(ctx, event, language);
  }

  @Access('admin')
  @Mutation(() => MailSenderView, { description: 'Sets the name and address your company’s e-mail comes from.' })
  updateMailSender(
    @Context() ctx: Ctx,
    @Arg('input', () => MailSenderInput) input: MailSenderInput,
  ): Promise<MailSenderView> {
    return this.api.notifications.updateSender(ctx, input);
  }
}
