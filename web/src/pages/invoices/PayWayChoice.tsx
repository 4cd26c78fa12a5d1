import { useT } from '../../i18n/I18nProvider';
import type { PayWay } from './payWays';

interface PayWayChoiceProps {
  ways: readonly PayWay[];
  chosen: PayWay | undefined;
  onChoose(id: string): void;
  disabled: boolean;
}

/**
 * How to pay (`pay-ways`): native radio buttons, so arrow keys move between the ways and the group
 * is one tab stop; only the chosen way's form shows below.
 */
export function PayWayChoice({ ways, chosen, onChoose, disabled }: PayWayChoiceProps) {
  const t = useT();
  const label = (w: PayWay) =>
    w.kind === 'SAVED'
      ? t('payments.pay.withCard', { card: w.card })
      : w.kind === 'CARD'
        ? t('payments.pay.newCard')
        : t('payments.pay.withGateway', { name: w.name });
  return (
    <fieldset data-test-id="pay-ways" className="space-y-2">
      <legend className="field-label">{t('payments.pay.how')}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {ways.map((w) => (
          <label
            key={w.id}
            className="flex cursor-pointer items-center gap-3 rounded-lg border border-line px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-200"
          >
            <input
              type="radio"
              name="pay-way"
              className="shrink-0"
              data-test-id="pay-way"
              data-way={w.kind}
              data-gateway-id={w.kind === 'REDIRECT' ? w.gatewayId : undefined}
              data-gateway-name={w.kind === 'REDIRECT' ? w.name : undefined}
              value={w.id}
              checked={chosen?.id === w.id}
              disabled={disabled}
              onChange={() => onChoose(w.id)}
            />
            <span className="font-medium text-ink">{label(w)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
