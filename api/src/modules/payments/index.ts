import { defineModule } from '../../module';
import type { Services } from '../../services';
import { schedulePaymentRetries } from './background';
import { GatewayEvent } from './gateway-event.entity';
import { PaymentGateway } from './gateway.entity';
import { Payment } from './payment.entity';
import {
  InvoicePaymentsResolver,
  PaymentGatewaysResolver,
  PaymentsResolver,
  SavedCardResolver,
} from './payments.resolver';
import { paymentRoutes } from './routes';
import { SavedCard } from './saved-card.entity';

/** Merchant gateways: card and redirect payments, refunds, gateway notifications, the sandbox (PAY-1..3). */
export const paymentsModule = defineModule<Services>({
  name: 'payments',
  entities: [PaymentGateway, SavedCard, Payment, GatewayEvent],
  resolvers: [PaymentGatewaysResolver, PaymentsResolver, InvoicePaymentsResolver, SavedCardResolver],
  schedule: schedulePaymentRetries,
  routes: paymentRoutes,
  events(bus) {
    // A fresh install can take a test payment at once (not with NODE_ENV=production).
    bus.onInTransaction('company.setUp', ({ company }, { em, services }) => services.gateways.addSandbox(em, company));
  },
});
