import { describe, expect, it } from 'vitest';
import { payWaysOf } from './payWays';

const paypal = { gatewayId: '3', name: 'PayPal', testMode: true };

describe('payWaysOf', () => {
  it('offers the saved card first, then a new card, then each gateway’s page', () => {
    expect(payWaysOf({ savedCard: 'Visa •••• 4242', cardGateways: 1, redirects: [paypal] })).toEqual([
      { id: 'SAVED', kind: 'SAVED', card: 'Visa •••• 4242' },
      { id: 'CARD', kind: 'CARD' },
      { id: 'REDIRECT:3', kind: 'REDIRECT', gatewayId: '3', name: 'PayPal', testMode: true },
    ]);
  });

  it('offers a new card first when no card is saved, and one entry for any number of card gateways', () => {
    expect(payWaysOf({ savedCard: null, cardGateways: 2, redirects: [] }).map((w) => w.id)).toEqual(['CARD']);
  });

  it('offers only the gateways’ pages without a card gateway, and nothing without any gateway', () => {
    expect(payWaysOf({ savedCard: null, cardGateways: 0, redirects: [paypal] }).map((w) => w.id)).toEqual([
      'REDIRECT:3',
    ]);
    expect(payWaysOf({ savedCard: null, cardGateways: 0, redirects: [] })).toEqual([]);
  });
});
