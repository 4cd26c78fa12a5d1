import { defineArea } from '../../app/area';
import { paymentsDe } from './payments.de';
import { paymentsEn } from './payments.en';

/** Card payments: forms and lists that the billing and invoice pages show; no page of its own. */
export const paymentsArea = defineArea({
  id: 'payments',
  routes: [],
  messages: { en: paymentsEn, de: paymentsDe },
});
