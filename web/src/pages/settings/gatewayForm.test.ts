import { describe, expect, it } from 'vitest';
import { gatewayInput, gatewayValues, shownFields } from './gatewayForm';

const stored = {
  kind: 'AUTHORIZE_NET' as const,
  name: 'Cards',
  currencies: ['USD', 'EUR'],
  enabled: true,
  testMode: false,
  baseUrl: 'https://proxy.example',
  merchantAccount: null,
};

describe('gateway form values', () => {
  it('never start with a secret, and list the currencies', () => {
    expect(gatewayValues(stored, 'USD')).toMatchObject({
      currencies: 'USD, EUR',
      baseUrl: 'https://proxy.example',
      apiLoginId: '',
      transactionKey: '',
      secretKey: '',
    });
  });

  it('start a new gateway in test mode in the company’s currency', () => {
    expect(gatewayValues(null, 'EUR')).toMatchObject({ currencies: 'EUR', testMode: true, enabled: true });
  });
});

describe('gateway input', () => {
  const master = { masterAdmin: true, storedBaseUrl: 'https://proxy.example' };

  it('sends secrets only when typed: empty keeps the stored ones', () => {
    const input = gatewayInput({ ...gatewayValues(stored, 'USD'), apiLoginId: ' login-1 ' }, master);
    expect(input).toMatchObject({
      kind: 'AUTHORIZE_NET',
      currencies: ['USD', 'EUR'],
      apiLoginId: 'login-1',
      transactionKey: null,
      secretKey: null,
    });
  });

  it('sends only the fields of its kind', () => {
    const values = {
      ...gatewayValues(null, 'USD'),
      kind: 'PAYPAL_STANDARD' as const,
      name: 'PayPal',
      merchantAccount: 'shop@example.com',
      secretKey: 'sk_left_over',
    };
    expect(gatewayInput(values, master)).toMatchObject({
      merchantAccount: 'shop@example.com',
      secretKey: null,
      apiLoginId: null,
    });
    expect(gatewayInput({ ...values, kind: 'STRIPE' }, master)).toMatchObject({
      merchantAccount: null,
      secretKey: 'sk_left_over',
    });
  });

  it('reads currencies separated by commas or spaces, in capitals', () => {
    expect(gatewayInput({ ...gatewayValues(null, 'USD'), currencies: 'usd  eur,gbp' }, master).currencies).toEqual([
      'USD',
      'EUR',
      'GBP',
    ]);
  });

  it('lets only the master admin change the address; others send the stored one back', () => {
    const values = { ...gatewayValues(stored, 'USD'), baseUrl: '' };
    expect(gatewayInput(values, master).baseUrl).toBeNull();
    expect(gatewayInput(values, { masterAdmin: false, storedBaseUrl: 'https://proxy.example' }).baseUrl).toBe(
      'https://proxy.example',
    );
    expect(shownFields('STRIPE', false).baseUrl).toBe(false);
  });

  it('keeps the sandbox in test mode, without an address or secrets', () => {
    const input = gatewayInput(
      {
        ...gatewayValues(null, 'USD'),
        kind: 'SANDBOX',
        testMode: false,
        baseUrl: 'https://x.example',
        secretKey: 'sk',
      },
      master,
    );
    expect(input).toMatchObject({ testMode: true, baseUrl: null, secretKey: null });
    expect(shownFields('SANDBOX', true)).toMatchObject({ testMode: false, baseUrl: false, secrets: [] });
  });
});
