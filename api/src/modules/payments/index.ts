import { defineModule } from '../../module';
import { billingModule } from '../billing';
import { autoCharge, schedulePaymentRetries } from './background';
import { GatewayEvent } from './gateway-event.entity';
import { PaymentGateway } from './gateway.entity';
import { GatewayService } from './gateways.service';
import { Payment } from './payment.entity';
import type { PaymentRow } from './payment-rows';
import {
  InvoicePaymentsResolver,
  PaymentGatewaysResolver,
  PaymentsResolver,
  SavedCardResolver,
} from './payments.resolver';
import { mailReceipt } from './payment-mail';
import { PaymentService } from './payments.service';
import { RefundService } from './refunds.service';
import { paymentRoutes } from './routes';
import { SavedCard } from './saved-card.entity';
import { paymentSettings } from './settings';

declare module '../../events' {
  interface HelioEvents {
    /**
     * A gateway payment was booked: a charge credited to the account's balance, or a refund paid
     * back (`payment.kind`), with its ledger entry written and the account settled. In its transaction.
     */
    'payment.settled': { payment: Payment | PaymentRow };
    /** A gateway declined a payment, or it failed there (`payment.state` DECLINED or FAILED, `reason`). In its transaction. */
    'payment.failed': { payment: Payment };
  }
}

/** What the payments area's parts are given. */
export interface PaymentsApi {
  payments: PaymentService;
  gateways: GatewayService;
  refunds: RefundService;
}

/** Merchant gateways: card and redirect payments, refunds, gateway notifications, the sandbox (PAY-1..3). */
export const paymentsModule = defineModule<PaymentsApi>({
  name: 'payments',
  settings: paymentSettings,
  entities: [PaymentGateway, SavedCard, Payment, GatewayEvent],
  services(core, areas) {
    const payments = new PaymentService(core);
    // The billing run charges saved cards for open invoices after issuing them, before dunning.
    areas
      .get(billingModule)
      .billingRun.collectWith((root, now, log) => autoCharge(root, core.config, payments, now, log));
    return {
      payments,
      gateways: new GatewayService(core.config, core.secrets),
      refunds: new RefundService(core, payments.engine),
    };
  },
  resolvers: [PaymentGatewaysResolver, PaymentsResolver, InvoicePaymentsResolver, SavedCardResolver],
  schedule: (api, core) => schedulePaymentRetries(core, api.payments.engine),
  routes: (api, core) => paymentRoutes(core, api.payments.engine),
  events(bus, { gateways }, core) {
    // A fresh install can take a test payment at once (not with NODE_ENV=production).
    bus.onInTransaction('company.setUp', ({ company }, { em }) => gateways.addSandbox(em, company));
    // A settled payment gets its receipt, in the settling transaction.
    bus.onInTransaction('payment.settled', ({ payment }, { em }) => mailReceipt(em, core.config, payment));
  },
});

export { Payment } from './payment.entity';
export { PaymentState } from './enums';
