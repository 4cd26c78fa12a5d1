import { defineArea } from '../../app/area';

/** Card payments: forms and lists that the billing and invoice pages show; no page of its own. */
export const paymentsArea = defineArea({
  id: 'payments',
  routes: [],
  messages: {
    en: () => import('./payments.en').then((m) => m.paymentsEn),
    de: () => import('./payments.de').then((m) => m.paymentsDe),
  },
});
