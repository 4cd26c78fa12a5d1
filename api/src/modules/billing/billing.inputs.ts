import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/pagination';
import { LedgerEntry } from './ledger-entry.entity';
import { Money } from '../../graphql/money.type';

@InputType({
  description: 'A manual money action by an admin (BIL-4): a payment received, a credit given, or a refund paid back.',
})
export class MoneyActionInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => String, {
    description: 'Positive amount in major units with a dot, e.g. "25.00" (no sign: the action gives it).',
  })
  amount!: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 4217 code; when given it must be the company’s billing currency.',
  })
  currency?: string | null;

  @Field(() => String, { description: 'Why (3–500 characters); the customer sees it on the entry.' })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description: 'An outside reference such as a bank transfer ID (up to 200 characters).',
  })
  reference?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Send the same key when retrying a request: the action is written once (up to 200 characters).',
  })
  idempotencyKey?: string | null;
}

@ObjectType({
  description:
    'An account’s balance: the sum of its ledger entries. Positive: the customer has credit; negative: the customer owes.',
})
export class AccountBalanceView {
  @Field(() => ID)
  accountId!: string;

  @Field(() => Money)
  balance!: Money;

  @Field(() => Int, { description: 'How many entries the balance sums; it grows by one with each entry.' })
  version!: number;
}

export const LedgerEntryConnection = ConnectionType(LedgerEntry, 'LedgerEntry');
