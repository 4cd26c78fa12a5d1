import { defineModule } from '../../module';
import { schedulePaymentRetries } from './background';
import { GatewayEvent } from './gateway-event.entity';
import { PaymentGateway } from './gateway.entity';
import { GatewayService } from './gateways.service';
import { Payment } from './payment.entity';
import {
  InvoicePaymentsResolver,
  PaymentGatewaysResolver,
  PaymentsResolver,
  SavedCardResolver,
} from './payments.resolver';
import { PaymentService } from './payments.service';
import { RefundService } from './refunds.service';
import { paymentRoutes } from './routes';
import { SavedCard } from './saved-card.entity';

/** Merchant gateways: card and redirect payments, refunds, gateway notifications, the sandbox (PAY-1..3). */
export const paymentsModule = defineModule({
  name: 'payments',
  entities: [PaymentGateway, SavedCard, Payment, GatewayEvent],
  services({ config, secrets }) {
    const payments = new PaymentService(config, secrets);
    return {
      payments,
      gateways: new GatewayService(config, secrets),
      refunds: new RefundService(config, secrets, payments.engine),
    };
  },
  resolvers: [PaymentGatewaysResolver, PaymentsResolver, InvoicePaymentsResolver, SavedCardResolver],
  schedule: (_api, core) => schedulePaymentRetries(core.tasks, core.config),
  routes: (api, core) => paymentRoutes({ ...core, ...api }),
  events(bus, { gateways }) {
    // A fresh install can take a test payment at once (not with NODE_ENV=production).
    bus.onInTransaction('company.setUp', ({ company }, { em }) => gateways.addSandbox(em, company));
  },
});
