import { defineModule } from '../../module';
import { MailMessage } from './mail-message.entity';
import { scheduleMailDelivery } from './mail-sender';
import { mailSettings } from './settings';

/** The outbox: customer e-mail written in the transaction that caused it, delivered over SMTP (or to files). */
export const outboxModule = defineModule({
  name: 'outbox',
  settings: mailSettings,
  entities: [MailMessage],
  schedule: (_api, core) => scheduleMailDelivery(core.tasks, core.config),
});

export { MailMessage } from './mail-message.entity';
export { defaultSenderAddress, senderOf, type MailSender } from './sender';
