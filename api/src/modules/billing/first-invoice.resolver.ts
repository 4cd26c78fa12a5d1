import { Ctx as Context, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context';
import { perRequest } from '../../graphql/memo';
import { Money } from '../../graphql/money.type';
import { unscoped } from '../../db/scope';
import { formatPercent, percentOf } from '../../money';
import { PlanPeriodView } from '../plans';
import { TaxRate } from './tax-rate.entity';

@ObjectType({ description: 'The tax on an amount at a company’s rate in force today.' })
export class TaxQuote {
  @Field(() => String, { description: 'As printed on invoices, e.g. "VAT".' })
  name!: string;

  @Field(() => String, { description: 'The rate in percent, e.g. "19" or "7.5".' })
  percent!: string;

  @Field(() => Money)
  amount!: Money;
}

/** The company's tax rate in force now (the latest from a date not after today), as the billing run takes it; null for none or 0 %. */
function rateInForce(ctx: Ctx, resellerId: number): Promise<TaxRate | null> {
  return perRequest(ctx, `billing.taxRate:${resellerId}`, async () => {
    const rate = await ctx.em.findOne(
      TaxRate,
      { reseller: resellerId, validFrom: { $lte: new Date() } },
      { ...unscoped('the tax rate of the company whose plan is shown'), orderBy: { validFrom: 'desc', id: 'desc' } },
    );
    return rate && rate.rateBp > 0 ? rate : null;
  });
}

/** What signing up for a period of a plan costs with tax: priced here, where the billing run's tax rule lives. */
@Resolver(() => PlanPeriodView)
export class PlanPeriodTaxResolver {
  @FieldResolver(() => TaxQuote, {
    nullable: true,
    description: 'The tax on the first invoice at the company’s rate in force today; null when it charges none.',
  })
  async firstInvoiceTax(@Context() ctx: Ctx, @Root() period: PlanPeriodView): Promise<TaxQuote | null> {
    const rate = await rateInForce(ctx, period.resellerId);
    if (!rate) return null;
    const subtotal = BigInt(period.firstInvoice.minorUnits);
    return {
      name: rate.name,
      percent: formatPercent(rate.rateBp),
      amount: Money.of(percentOf(subtotal, rate.rateBp), period.firstInvoice.currency),
    };
  }

  @FieldResolver(() => Money, { description: 'The first invoice with its tax: what the customer pays to begin.' })
  async firstInvoiceTotal(@Context() ctx: Ctx, @Root() period: PlanPeriodView): Promise<Money> {
    const rate = await rateInForce(ctx, period.resellerId);
    const subtotal = BigInt(period.firstInvoice.minorUnits);
    return Money.of(subtotal + (rate ? percentOf(subtotal, rate.rateBp) : 0n), period.firstInvoice.currency);
  }
}
