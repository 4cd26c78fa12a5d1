import { Field, ObjectType } from 'type-graphql';
import { formatAmount } from '../money';

@ObjectType({ description: 'An amount of money: integer minor units of an ISO 4217 currency, never a float.' })
export class Money {
  @Field(() => String, { description: 'ISO 4217 code, e.g. USD.' })
  currency!: string;

  @Field(() => String, { description: 'Integer minor units as a decimal string (cents for USD), signed; exact.' })
  minorUnits!: string;

  @Field(() => String, { description: 'The same amount in major units, e.g. "12.34" or "-0.05" (JPY: "1200").' })
  amount!: string;

  static of(minor: bigint, currency: string): Money {
    return Object.assign(new Money(), {
      currency,
      minorUnits: minor.toString(),
      amount: formatAmount(minor, currency),
    });
  }
}
