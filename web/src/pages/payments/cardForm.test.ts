import { describe, expect, it } from 'vitest';
import { cardInput, cardLabel, expiryLabel } from './cardForm';

const card = {
  number: ' 4242 4242 4242 4242 ',
  expMonth: '12',
  expYear: '2030',
  cvc: ' 123 ',
  holderName: ' Nora Newcomer ',
};

describe('card input', () => {
  it('sends the card as typed, trimmed; the API ignores spaces in the number', () => {
    expect(cardInput(card)).toEqual({
      card: { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2030, cvc: '123', holderName: 'Nora Newcomer' },
    });
  });

  it('reads a two-digit year as 20xx', () => {
    expect(cardInput({ ...card, expMonth: '3', expYear: '31' }).card).toMatchObject({ expMonth: 3, expYear: 2031 });
  });

  it('names month and year when they are not figures, and sends nothing', () => {
    expect(cardInput({ ...card, expMonth: 'May', expYear: '' })).toEqual({
      problems: { 'card.expMonth': 'month', 'card.expYear': 'year' },
    });
    expect(cardInput({ ...card, expYear: '203' }).problems).toEqual({ 'card.expYear': 'year' });
  });
});

describe('card labels', () => {
  it('show brand, last four digits and a two-digit month', () => {
    expect(cardLabel({ brand: 'Visa', last4: '4242' })).toBe('Visa •••• 4242');
    expect(expiryLabel({ expMonth: 3, expYear: 2031 })).toBe('03/2031');
  });
});
