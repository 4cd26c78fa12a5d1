import { defineModule } from '../../module';
import { MailTemplate } from './mail-template.entity';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationService } from './notifications.service';
import { mailPasswordChanged } from './password-mail';
import { mailEmailVerification, mailPasswordReset } from './recovery-mail';

/**
 * Notifications (LF-2, issue 17): the e-mails the panel sends, written in each company's own
 * templates (or the built-in ones) and language, signed with its details and sent from its sender.
 * Areas that cause a mail call `writeMail` in their transaction; identity's password changes are
 * heard here ('user.passwordChanged'), and so are its mailed links (password reset, e-mail verification).
 */
export const notificationsModule = defineModule({
  name: 'notifications',
  entities: [MailTemplate],
  migrations: { sqlite, postgresql },
  services: (core) => ({ notifications: new NotificationService(core.config) }),
  resolvers: [NotificationsResolver],
  events(bus, _api, core) {
    bus.onInTransaction('user.passwordChanged', ({ user, at }, { em }) =>
      mailPasswordChanged(em, core.config, user, at),
    );
    bus.onInTransaction('user.passwordResetRequested', (e, { em }) => mailPasswordReset(em, core.config, e));
    bus.onInTransaction('user.emailVerificationRequested', (e, { em }) => mailEmailVerification(em, core.config, e));
  },
});

export { MailEvent, placeholdersOf, type MailValues } from './mail-events';
export { DEFAULT_TEMPLATES } from './default-templates';
export {
  mailDate,
  mailLanguage,
  mailTime,
  renderMail,
  signature,
  TemplateBook,
  writeMail,
  writeMails,
  type MailSpec,
  type RenderedMail,
} from './render';
export { writeMailNow, type MailNowSpec } from './write-mail-now';
