import { FieldResolver, Resolver, Root } from 'type-graphql';
import { formatPercent } from '../../money';
import { TaxRate } from './tax-rate.entity';

@Resolver(() => TaxRate)
export class TaxRateResolver {
  @FieldResolver(() => String, { description: 'The rate in percent, e.g. "19" or "7.5".' })
  ratePercent(@Root() rate: TaxRate): string {
    return formatPercent(rate.rateBp);
  }
}
