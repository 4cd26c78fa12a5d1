import type { CardDetails } from './types';

/** A card's brand from its number's prefix (the IIN ranges the schemes publish). */
export function brandOf(number: string): string {
  if (/^4/.test(number)) return 'Visa';
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(number)) return 'Mastercard';
  if (/^3[47]/.test(number)) return 'American Express';
  if (/^(6011|65|64[4-9])/.test(number)) return 'Discover';
  if (/^35(2[89]|[3-8])/.test(number)) return 'JCB';
  if (/^3(0[0-5]|[689])/.test(number)) return 'Diners Club';
  return 'Card';
}

/** The Luhn check digit test every card number passes. */
export function luhnOk(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let d = number.charCodeAt(number.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** What the panel keeps of a card it tokenized itself (Authorize.Net answers with IDs only). */
export function cardSummary(card: CardDetails): { brand: string; last4: string; expMonth: number; expYear: number } {
  return { brand: brandOf(card.number), last4: card.number.slice(-4), expMonth: card.expMonth, expYear: card.expYear };
}
