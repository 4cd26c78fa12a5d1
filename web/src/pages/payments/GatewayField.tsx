import { SelectField } from '../../components/Field';
import type { PaymentOption } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { TestModeBadge } from './TestModeNotice';

export type CardOption = Pick<PaymentOption, 'gatewayId' | 'name' | 'testMode'>;

interface GatewayFieldProps {
  /** `<testId>`: the select, or with one gateway the line naming it. */
  testId: string;
  options: readonly CardOption[];
  value: string;
  onChange(gatewayId: string): void;
  error?: string;
}

/** Which card gateway a new card goes to: a choice when the company has more than one, else its name. */
export function GatewayField({ testId, options, value, onChange, error }: GatewayFieldProps) {
  const t = useT();
  if (options.length === 1) {
    const only = options[0]!;
    return (
      <p
        className="flex flex-wrap items-center gap-2 text-sm text-muted"
        data-test-id={testId}
        data-gateway-id={only.gatewayId}
      >
        {t('payments.gateway.only', { name: only.name })}
        {only.testMode ? <TestModeBadge /> : null}
      </p>
    );
  }
  return (
    <SelectField
      name="gatewayId"
      testId={testId}
      label={t('payments.gateway.label')}
      error={error}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      {options.map((o) => (
        <option key={o.gatewayId} value={o.gatewayId}>
          {o.testMode ? t('payments.gateway.optionTest', { name: o.name }) : o.name}
        </option>
      ))}
    </SelectField>
  );
}
