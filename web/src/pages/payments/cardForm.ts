import type { CardInput } from '../../graphql/generated/graphql';

/** A card as typed in the panel's card fields. */
export interface CardValues {
  number: string;
  expMonth: string;
  expYear: string;
  cvc: string;
  holderName: string;
}

export const EMPTY_CARD: CardValues = { number: '', expMonth: '', expYear: '', cvc: '', holderName: '' };

/** API field names of a card's errors: `card.number`…, `card` for the gateway's refusal, and the chosen gateway. */
export const CARD_FIELDS = [
  'card.number',
  'card.expMonth',
  'card.expYear',
  'card.cvc',
  'card.holderName',
  'card',
  'gatewayId',
] as const;

export type CardProblem = 'month' | 'year';
export type CardResult =
  | { card: CardInput; problems?: never }
  | { card?: never; problems: Partial<Record<'card.expMonth' | 'card.expYear', CardProblem>> };

/**
 * The card for the API. Month and year must be figures here (the API's Int would refuse the whole
 * request without naming the field); a two-digit year means 20xx. Everything else (the number's
 * check digit, expiry in the past, the CVC) is the API's to check: it names the field.
 */
export function cardInput(values: CardValues): CardResult {
  const problems: Partial<Record<'card.expMonth' | 'card.expYear', CardProblem>> = {};
  const month = values.expMonth.trim();
  const year = values.expYear.trim();
  if (!/^\d{1,2}$/.test(month)) problems['card.expMonth'] = 'month';
  if (!/^(\d{2}|\d{4})$/.test(year)) problems['card.expYear'] = 'year';
  if (Object.keys(problems).length) return { problems };
  return {
    card: {
      number: values.number.trim(),
      expMonth: Number(month),
      expYear: year.length === 2 ? 2000 + Number(year) : Number(year),
      cvc: values.cvc.trim(),
      holderName: values.holderName.trim(),
    },
  };
}

/** "Visa •••• 4242", as the API labels a card on a payment. */
export const cardLabel = (card: { brand: string; last4: string }) => `${card.brand} •••• ${card.last4}`;

/** "12/2030" */
export const expiryLabel = (card: { expMonth: number; expYear: number }) =>
  `${String(card.expMonth).padStart(2, '0')}/${card.expYear}`;
