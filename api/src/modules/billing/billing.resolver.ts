import { Arg, Args, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseOptionalId } from '../../errors';
import { PageArgs, type Connection } from '../../graphql/pagination';
import { AccountBalanceView, LedgerEntryConnection, MoneyActionInput } from './billing.inputs';
import type { BillingService } from './billing.service';
import { LedgerKind } from './enums';
import { LedgerEntry } from './ledger-entry.entity';
import { Money } from '../../graphql/money.type';

@Resolver(() => LedgerEntry)
export class BillingResolver {
  constructor(private readonly api: { billing: BillingService }) {}

  @Access('user')
  @Query(() => AccountBalanceView, {
    description: 'The balance of an account you own or manage (default: your active account).',
  })
  accountBalance(
    @Context() ctx: Ctx,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string | null,
  ): Promise<AccountBalanceView> {
    return this.api.billing.balance(ctx, parseOptionalId(accountId, 'accountId'));
  }

  @Access('user')
  @Query(() => LedgerEntryConnection, {
    description:
      'Ledger entries, newest first: of an account you own or manage (default: your active account), or (admins, without accountId) of your company. The search matches the description and the reference.',
  })
  ledgerEntries(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string | null,
    @Arg('kind', () => LedgerKind, { nullable: true }) kind?: LedgerKind | null,
    @Arg('since', () => Date, { nullable: true, description: 'Only entries written at or after this time.' })
    since?: Date | null,
  ): Promise<Connection<LedgerEntry>> {
    return this.api.billing.entries(ctx, parseOptionalId(accountId, 'accountId'), { kind, since }, page);
  }

  @Access('admin')
  @Query(() => String, {
    description:
      'Your company’s ledger (what ledgerEntries lists without accountId) as CSV with a header line, newest first: id, date (ISO 8601, UTC), account, kind, description, reference, amount (signed, major units), currency. At most 20,000 entries: CONFLICT when more match.',
  })
  ledgerCsv(
    @Context() ctx: Ctx,
    @Arg('kind', () => LedgerKind, { nullable: true }) kind?: LedgerKind | null,
    @Arg('since', () => Date, { nullable: true, description: 'Only entries written at or after this time.' })
    since?: Date | null,
    @Arg('search', () => String, { nullable: true, description: 'Text in the description or the reference.' })
    search?: string | null,
  ): Promise<string> {
    return this.api.billing.csv(ctx, { kind, since }, search ?? null);
  }

  @Access('admin')
  @Mutation(() => LedgerEntry, {
    description: 'Records a payment received from the customer (BIL-4): the balance rises by the amount.',
  })
  recordPayment(
    @Context() ctx: Ctx,
    @Arg('input', () => MoneyActionInput) input: MoneyActionInput,
  ): Promise<LedgerEntry> {
    return this.api.billing.act(ctx, LedgerKind.PAYMENT, input);
  }

  @Access('admin')
  @Mutation(() => LedgerEntry, {
    description: 'Gives the customer a credit (goodwill or a correction): the balance rises by the amount.',
  })
  addCredit(@Context() ctx: Ctx, @Arg('input', () => MoneyActionInput) input: MoneyActionInput): Promise<LedgerEntry> {
    return this.api.billing.act(ctx, LedgerKind.CREDIT, input);
  }

  @Access('admin')
  @Mutation(() => LedgerEntry, {
    description:
      'Records money paid back to the customer: the balance falls by the amount. CONFLICT when it exceeds the credit.',
  })
  refundPayment(
    @Context() ctx: Ctx,
    @Arg('input', () => MoneyActionInput) input: MoneyActionInput,
  ): Promise<LedgerEntry> {
    return this.api.billing.act(ctx, LedgerKind.REFUND, input);
  }

  @FieldResolver(() => ID, { description: 'The account the entry belongs to.' })
  accountId(@Root() entry: LedgerEntry): string {
    return String(entry.account.id);
  }

  @FieldResolver(() => Money, { description: 'Signed: positive adds to the balance, negative takes from it.' })
  amount(@Root() entry: LedgerEntry): Money {
    return Money.of(entry.amountMinor, entry.currency);
  }
}
