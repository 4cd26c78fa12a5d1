import { TextField } from '../../components/Field';
import { useT } from '../../i18n/I18nProvider';
import type { CardValues } from './cardForm';

interface CardFieldsProps {
  /** Test id prefix: `<prefix>-number`, `-exp-month`, `-exp-year`, `-cvc`, `-holder`. */
  prefix: string;
  values: CardValues;
  set(name: keyof CardValues, value: string): void;
  /** Errors by API field name (`card.number`…; `card`: the gateway refused the card). */
  errors: Record<string, string>;
}

/** Number, expiry, CVC and name on the card: the one card form of the panel (paying an invoice, saving a card). */
export function CardFields({ prefix, values, set, errors }: CardFieldsProps) {
  const t = useT();
  const bind = (name: keyof CardValues) => ({
    value: values[name],
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
  });
  const refused = errors.card ? t('payments.card.refused', { message: errors.card }) : undefined;
  return (
    <div className="grid gap-4 sm:grid-cols-4">
      <TextField
        name="card.number"
        testId={`${prefix}-number`}
        className="sm:col-span-4"
        label={t('payments.card.number')}
        error={errors['card.number'] ?? refused}
        inputMode="numeric"
        autoComplete="cc-number"
        spellCheck={false}
        placeholder="4242 4242 4242 4242"
        maxLength={40}
        {...bind('number')}
      />
      <TextField
        name="card.expMonth"
        testId={`${prefix}-exp-month`}
        label={t('payments.card.expMonth')}
        error={errors['card.expMonth']}
        inputMode="numeric"
        autoComplete="cc-exp-month"
        placeholder={t('payments.card.expMonthPlaceholder')}
        maxLength={2}
        {...bind('expMonth')}
      />
      <TextField
        name="card.expYear"
        testId={`${prefix}-exp-year`}
        label={t('payments.card.expYear')}
        error={errors['card.expYear']}
        inputMode="numeric"
        autoComplete="cc-exp-year"
        placeholder={t('payments.card.expYearPlaceholder')}
        maxLength={4}
        {...bind('expYear')}
      />
      <TextField
        name="card.cvc"
        testId={`${prefix}-cvc`}
        className="sm:col-span-2"
        label={t('payments.card.cvc')}
        hint={t('payments.card.cvcHint')}
        error={errors['card.cvc']}
        inputMode="numeric"
        autoComplete="cc-csc"
        maxLength={4}
        {...bind('cvc')}
      />
      <TextField
        name="card.holderName"
        testId={`${prefix}-holder`}
        className="sm:col-span-4"
        label={t('payments.card.holderName')}
        error={errors['card.holderName']}
        autoComplete="cc-name"
        maxLength={100}
        {...bind('holderName')}
      />
    </div>
  );
}
