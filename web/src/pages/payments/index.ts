import { defineArea } from '../../app/area';
import { paymentsEn } from './payments.en';

/** Card payments: forms and lists that the billing and invoice pages show; no page of its own. */
export const paymentsArea = defineArea({
  id: 'payments',
  routes: [],
  messages: { en: paymentsEn, de: () => import('./payments.de').then((m) => m.paymentsDe) },
});
