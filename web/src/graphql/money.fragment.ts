import { graphql } from './generated';

/** Every Money field the panel reads: the exact decimal string, the minor units and the currency. */
export const MoneyFields = graphql(`
  fragment MoneyFields on Money {
    amount
    minorUnits
    currency
  }
`);
