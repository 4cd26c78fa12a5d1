import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { Badge } from '../../components/Badge';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DataTable } from '../../components/DataTable';
import { generalMessage } from '../../components/formErrors';
import { FormError, Notice } from '../../components/Messages';
import { Card, LoadError, Loading } from '../../components/Page';
import { reportOutcome } from '../../components/PageMessages';
import type { PaymentGatewayFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { BillingSettingsQuery } from './billingSettings.operations';
import { SECRET_FIELDS } from './gatewayForm';
import { PaymentGatewayForm } from './PaymentGatewayForm';
import { DeletePaymentGatewayMutation, PaymentGatewaysQuery } from './paymentGateways.operations';

/** Which gateway the form below the table is for: a new one, or one being edited. */
type Editing = { gateway: PaymentGatewayFieldsFragment | null } | null;

/** Admin: the company's payment gateways (`gateways`, `gateway-row`): what each takes, whether its secrets are stored; add, edit, delete. */
export function PaymentGatewaysCard() {
  const t = useT();
  const { reseller } = useViewer();
  const query = useQuery(PaymentGatewaysQuery, { fetchPolicy: 'cache-and-network' });
  const currency =
    useQuery(BillingSettingsQuery, { variables: { resellerId: reseller.id } }).data?.reseller?.currency ?? 'USD';
  const [remove, removing] = useMutation(DeletePaymentGatewayMutation, {
    refetchQueries: ['PaymentGateways'],
    awaitRefetchQueries: true,
  });
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const gateways = query.data?.paymentGateways;
  const report = {
    onDone: (message: string) => {
      setError(null);
      setNotice(message);
    },
    onError: (err: unknown) => {
      setNotice(null);
      setError(generalMessage(err, t));
    },
  };
  const secrets = (g: PaymentGatewayFieldsFragment) =>
    SECRET_FIELDS[g.kind].map((name) => (
      <span
        key={name}
        className="block whitespace-nowrap"
        data-test-id="gateway-secret"
        data-name={name}
        data-set={String(g.credentialsSet.includes(name))}
      >
        {t(`gateways.secret.${name}`)}: {g.credentialsSet.includes(name) ? t('gateways.stored') : t('gateways.notSet')}
      </span>
    ));

  return (
    <Card
      title={t('gateways.title')}
      className="max-w-2xl"
      testId="gateways"
      aside={
        <button
          type="button"
          data-test-id="gw-add"
          className="btn btn-secondary btn-sm"
          onClick={() => setEditing({ gateway: null })}
        >
          {t('gateways.addButton')}
        </button>
      }
    >
      <div className="space-y-5">
        <p className="text-sm text-muted">{t('gateways.intro')}</p>
        <Notice message={notice} />
        <FormError message={error} />
        {!gateways ? (
          query.error ? (
            <LoadError error={query.error} onRetry={() => void query.refetch()} />
          ) : (
            <Loading />
          )
        ) : (
          <div className="overflow-x-auto rounded-lg border border-line">
            <DataTable<PaymentGatewayFieldsFragment>
              testId="gateways-table"
              rows={gateways}
              rowKey={(g) => g.id}
              rowAttributes={(g) => ({
                'data-test-id': 'gateway-row',
                'data-gateway-id': g.id,
                'data-kind': g.kind,
                'data-name': g.name,
                'data-enabled': String(g.enabled),
                'data-test-mode': String(g.testMode),
                'data-currencies': g.currencies.join(','),
              })}
              empty={t('gateways.empty')}
              columns={[
                {
                  id: 'name',
                  header: t('gateways.col.name'),
                  cell: (g) => (
                    <>
                      <span className="block font-medium text-ink" data-test-id="gateway-name">
                        {g.name}
                      </span>
                      <span className="block text-xs text-muted" data-test-id="gateway-kind">
                        {t(`gateways.kindName.${g.kind}`)}
                      </span>
                    </>
                  ),
                },
                {
                  id: 'currencies',
                  header: t('gateways.col.currencies'),
                  className: 'font-mono text-sm',
                  cell: (g) => g.currencies.join(', '),
                },
                {
                  id: 'status',
                  header: t('gateways.col.status'),
                  cell: (g) => (
                    <span className="inline-flex flex-wrap gap-1">
                      <Badge tone={g.enabled ? 'green' : 'gray'} testId="gateway-enabled" value={String(g.enabled)}>
                        {g.enabled ? t('gateways.isEnabled') : t('gateways.isDisabled')}
                      </Badge>
                      <Badge
                        tone={g.testMode ? 'amber' : 'blue'}
                        testId="gateway-mode"
                        value={g.testMode ? 'TEST' : 'LIVE'}
                      >
                        {g.testMode ? t('payments.testMode.badge') : t('gateways.live')}
                      </Badge>
                    </span>
                  ),
                },
                {
                  id: 'secrets',
                  header: t('gateways.col.secrets'),
                  className: 'text-sm text-muted',
                  cell: (g) => (SECRET_FIELDS[g.kind].length ? secrets(g) : '—'),
                },
                {
                  id: 'actions',
                  header: <span className="sr-only">{t('common.actions')}</span>,
                  align: 'right',
                  cell: (g) => (
                    <div className="flex flex-wrap justify-end gap-2">
                      <button
                        type="button"
                        data-test-id="gateway-edit"
                        className="btn btn-secondary btn-sm"
                        onClick={() => setEditing({ gateway: g })}
                      >
                        {t('gateways.edit')}
                      </button>
                      <ConfirmButton
                        testId="gateway-delete"
                        label={t('common.delete')}
                        question={t('gateways.deleteQuestion', { name: g.name })}
                        busy={removing.loading}
                        onConfirm={() =>
                          reportOutcome(
                            report,
                            () => remove({ variables: { id: g.id } }),
                            t('gateways.deleted', { name: g.name }),
                          )
                        }
                      />
                    </div>
                  ),
                },
              ]}
            />
          </div>
        )}
        {editing ? (
          <PaymentGatewayForm
            key={editing.gateway?.id ?? 'new'}
            gateway={editing.gateway}
            currency={currency}
            onClose={() => setEditing(null)}
            onSaved={report.onDone}
          />
        ) : null}
      </div>
    </Card>
  );
}
