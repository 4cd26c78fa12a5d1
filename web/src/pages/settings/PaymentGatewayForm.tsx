import { useMutation } from '@apollo/client';
import type { FormEvent } from 'react';
import { CheckboxField, SelectField, TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { useFormState } from '../../components/useFormState';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { GatewayKind, PaymentGatewayFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { GATEWAY_KINDS, gatewayInput, gatewayValues, shownFields, type SecretField } from './gatewayForm';
import { CreatePaymentGatewayMutation, UpdatePaymentGatewayMutation } from './paymentGateways.operations';

// The API names a bad currency by its place in the list (`currencies.2`).
const CURRENCY_FIELDS = Array.from({ length: 20 }, (_, i) => `currencies.${i}`);
const FIELDS = [
  'kind',
  'name',
  'currencies',
  'enabled',
  'testMode',
  'baseUrl',
  'merchantAccount',
  'apiLoginId',
  'transactionKey',
  'secretKey',
  ...CURRENCY_FIELDS,
];

interface PaymentGatewayFormProps {
  /** The gateway edited; null: a new one. */
  gateway: PaymentGatewayFieldsFragment | null;
  /** The company's billing currency: a new gateway's first currency. */
  currency: string;
  onClose(): void;
  onSaved(message: string): void;
}

/**
 * Admin: adds or changes a payment gateway (`gw-*`). Secrets are write-only: never filled in, the
 * form only says whether one is stored; left empty it stays as it is.
 */
export function PaymentGatewayForm({ gateway, currency, onClose, onSaved }: PaymentGatewayFormProps) {
  const t = useT();
  const masterAdmin = useViewer().role === 'MASTER_ADMIN';
  const form = useFormState(gatewayValues(gateway, currency));
  const [create] = useMutation(CreatePaymentGatewayMutation, {
    refetchQueries: ['PaymentGateways'],
    awaitRefetchQueries: true,
  });
  const [update] = useMutation(UpdatePaymentGatewayMutation);
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const v = form.values;
  const shown = shownFields(v.kind, masterAdmin);
  const currencyError = errors.fields.currencies ?? CURRENCY_FIELDS.map((f) => errors.fields[f]).find(Boolean);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = gatewayInput(v, { masterAdmin, storedBaseUrl: gateway?.baseUrl ?? null });
    const ok = await run(() =>
      gateway ? update({ variables: { id: gateway.id, input } }) : create({ variables: { input } }),
    );
    if (!ok) return;
    onSaved(gateway ? t('gateways.saved', { name: input.name }) : t('gateways.added', { name: input.name }));
    onClose();
  }

  const secretField = (name: SecretField) => {
    const stored = gateway?.credentialsSet.includes(name) ?? false;
    return (
      <div key={name} className="space-y-1">
        <TextField
          name={name}
          testId={`gw-${name}`}
          type="password"
          label={t(`gateways.secret.${name}`)}
          hint={stored ? t('gateways.secretKeepHint') : undefined}
          error={errors.fields[name]}
          autoComplete="new-password"
          spellCheck={false}
          {...form.bind(name)}
        />
        <p className="text-xs text-muted">
          <span data-test-id={`gw-${name}-state`} data-set={String(stored)} className="font-medium text-ink">
            {stored ? t('gateways.secretStored') : t('gateways.secretMissing')}
          </span>
        </p>
      </div>
    );
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="space-y-4 border-t border-line pt-5"
      data-test-id="gw-form"
      data-gateway-id={gateway?.id ?? ''}
    >
      <h3 className="font-medium text-ink">
        {gateway ? t('gateways.editTitle', { name: gateway.name }) : t('gateways.addTitle')}
      </h3>
      <FormError message={errors.general} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="kind"
          testId="gw-kind"
          label={t('gateways.kind')}
          hint={t(`gateways.kindHint.${v.kind}`)}
          error={errors.fields.kind}
          disabled={!!gateway}
          value={v.kind}
          onChange={(e) => form.set('kind', e.target.value as GatewayKind)}
        >
          {GATEWAY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`gateways.kindName.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          name="name"
          testId="gw-name"
          label={t('gateways.name')}
          hint={t('gateways.nameHint')}
          error={errors.fields.name}
          maxLength={100}
          autoComplete="off"
          {...form.bind('name')}
        />
        <TextField
          name="currencies"
          testId="gw-currencies"
          label={t('gateways.currencies')}
          hint={t('gateways.currenciesHint')}
          error={currencyError}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="USD, EUR"
          {...form.bind('currencies')}
        />
        {shown.merchantAccount ? (
          <TextField
            name="merchantAccount"
            testId="gw-merchant"
            label={t('gateways.merchantAccount')}
            hint={t('gateways.merchantAccountHint')}
            error={errors.fields.merchantAccount}
            autoComplete="off"
            spellCheck={false}
            {...form.bind('merchantAccount')}
          />
        ) : null}
        {shown.secrets.map(secretField)}
        {shown.baseUrl ? (
          <TextField
            name="baseUrl"
            testId="gw-base-url"
            className="sm:col-span-2"
            label={`${t('gateways.baseUrl')} (${t('common.optional')})`}
            hint={t('gateways.baseUrlHint')}
            error={errors.fields.baseUrl}
            autoComplete="off"
            spellCheck={false}
            placeholder="https://"
            {...form.bind('baseUrl')}
          />
        ) : null}
      </div>
      <div className="space-y-3">
        <CheckboxField
          testId="gw-enabled"
          label={t('gateways.enabled')}
          hint={t('gateways.enabledHint')}
          {...form.check('enabled')}
        />
        {shown.testMode ? (
          <CheckboxField
            testId="gw-test-mode"
            label={t('gateways.testMode')}
            hint={t('gateways.testModeHint')}
            {...form.check('testMode')}
          />
        ) : (
          <p className="text-sm text-muted" data-test-id="gw-always-test">
            {t('gateways.alwaysTest')}
          </p>
        )}
      </div>
      {gateway?.notifyPath ? (
        <p className="text-sm text-muted">
          {t('gateways.notifyAt')}{' '}
          <code className="font-mono text-xs text-ink" data-test-id="gw-notify">
            {`${window.location.origin}${gateway.notifyPath}`}
          </code>
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" data-test-id="gw-save" className="btn btn-primary" disabled={busy}>
          {gateway ? t('gateways.save') : t('gateways.add')}
        </button>
        <button type="button" data-test-id="gw-cancel" className="btn btn-ghost" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
