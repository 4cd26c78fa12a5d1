import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { generalMessage } from '../../components/formErrors';
import { FormError, Notice } from '../../components/Messages';
import { Card, LoadError, Loading } from '../../components/Page';
import { reportOutcome, type OutcomeReport as Report } from '../../components/PageMessages';
import { useFormState } from '../../components/useFormState';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { SavedCardFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { CardFields } from '../payments/CardFields';
import { CARD_FIELDS, cardInput, cardLabel, EMPTY_CARD, expiryLabel } from '../payments/cardForm';
import { GatewayField, type CardOption } from '../payments/GatewayField';
import { PaymentSetupQuery } from '../payments/payments.operations';
import { TestModeNotice } from '../payments/TestModeNotice';
import { RemoveSavedCardMutation, SaveCardMutation } from './savedCard.operations';

const REFETCH = { refetchQueries: ['PaymentSetup'], awaitRefetchQueries: true };

/** The account's saved card (`saved-card`): brand, last four digits, expiry, Remove; and a form to save or replace it. */
export function SavedCardCard({ accountId }: { accountId: string }) {
  const t = useT();
  const setup = useQuery(PaymentSetupQuery, { variables: { accountId }, fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const data = setup.data?.paymentSetup;
  const cardOptions = data?.options.filter((o) => o.method === 'CARD') ?? [];
  const report: Report = {
    onDone: (message) => {
      setError(null);
      setNotice(message);
    },
    onError: (err) => {
      setNotice(null);
      setError(generalMessage(err, t));
    },
  };

  return (
    <Card title={t('payments.savedCard.title')} testId="saved-card" className="max-w-2xl">
      {!data ? (
        setup.error ? (
          <LoadError error={setup.error} onRetry={() => void setup.refetch()} />
        ) : (
          <Loading />
        )
      ) : (
        <div className="space-y-5">
          <p className="text-sm text-muted">{t('payments.savedCard.intro')}</p>
          <Notice message={notice} />
          <FormError message={error} />
          {data.savedCard ? (
            <SavedCardLine accountId={accountId} card={data.savedCard} report={report} />
          ) : (
            <p className="text-sm text-muted" data-test-id="saved-card-none">
              {t('payments.savedCard.none')}
            </p>
          )}
          {cardOptions.length ? (
            <SaveCardForm
              accountId={accountId}
              options={cardOptions}
              replacing={!!data.savedCard}
              onSaved={report.onDone}
            />
          ) : (
            <p className="text-sm text-muted" data-test-id="saved-card-no-gateway">
              {t('payments.savedCard.noGateway')}
            </p>
          )}
        </div>
      )}
    </Card>
  );
}

function SavedCardLine({
  accountId,
  card,
  report,
}: {
  accountId: string;
  card: SavedCardFieldsFragment;
  report: Report;
}) {
  const t = useT();
  const [remove, removing] = useMutation(RemoveSavedCardMutation, REFETCH);
  const label = cardLabel(card);
  return (
    <div
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-line px-4 py-3"
      data-test-id="saved-card-current"
      data-card-id={card.id}
      data-last4={card.last4}
    >
      <div>
        <p className="font-medium text-ink" data-test-id="saved-card-label">
          {label}
        </p>
        <p className="text-sm text-muted" data-test-id="saved-card-expiry">
          {t('payments.savedCard.expires', { date: expiryLabel(card) })}
        </p>
      </div>
      <ConfirmButton
        testId="saved-card-remove"
        label={t('payments.savedCard.remove')}
        question={t('payments.savedCard.removeQuestion', { card: label })}
        busy={removing.loading}
        onConfirm={() =>
          reportOutcome(
            report,
            () => remove({ variables: { accountId } }),
            t('payments.savedCard.removed', { card: label }),
          )
        }
      />
    </div>
  );
}

function SaveCardForm({
  accountId,
  options,
  replacing,
  onSaved,
}: {
  accountId: string;
  options: readonly CardOption[];
  replacing: boolean;
  onSaved(message: string): void;
}) {
  const t = useT();
  const form = useFormState({ ...EMPTY_CARD, gatewayId: options[0]!.gatewayId });
  const [save] = useMutation(SaveCardMutation, REFETCH);
  const { errors, setErrors, busy, run } = useFormSubmit(CARD_FIELDS);
  const gatewayId = options.some((o) => o.gatewayId === form.values.gatewayId)
    ? form.values.gatewayId
    : options[0]!.gatewayId;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const built = cardInput(form.values);
    if (built.problems) {
      setErrors({
        general: null,
        fields: Object.fromEntries(
          Object.entries(built.problems).map(([field, problem]) => [field, t(`payments.card.error.${problem}`)]),
        ),
      });
      return;
    }
    let saved: SavedCardFieldsFragment | undefined;
    await run(async () => {
      saved = (await save({ variables: { input: { accountId, gatewayId, card: built.card } } })).data?.saveCard;
    });
    if (saved) {
      form.reset();
      onSaved(t('payments.savedCard.saved', { card: cardLabel(saved) }));
    }
  }

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="space-y-4 border-t border-line pt-5"
      data-test-id="save-card-form"
    >
      <h3 className="font-medium text-ink">
        {replacing ? t('payments.savedCard.replace') : t('payments.savedCard.add')}
      </h3>
      {options.some((o) => o.testMode) ? <TestModeNotice testId="save-card-test-mode" /> : null}
      <FormError message={errors.general} />
      <GatewayField
        testId="save-card-gateway"
        options={options}
        value={gatewayId}
        onChange={(v) => form.set('gatewayId', v)}
        error={errors.fields.gatewayId}
      />
      <CardFields
        prefix="save-card"
        values={form.values}
        set={(name, value) => form.set(name, value)}
        errors={errors.fields}
      />
      <button type="submit" data-test-id="save-card-submit" className="btn btn-primary" disabled={busy}>
        {t('payments.savedCard.submit')}
      </button>
    </form>
  );
}
