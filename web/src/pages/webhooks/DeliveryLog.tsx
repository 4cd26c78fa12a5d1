import { useQuery } from '@apollo/client';
import { Badge } from '../../components/Badge';
import { ListCard } from '../../components/ListCard';
import { usePollWhile } from '../../components/usePollWhile';
import type { WebhookDeliveryFieldsFragment, WebhookFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { WebhookDeliveriesQuery } from './webhooks.operations';

/**
 * The latest attempts to deliver to one webhook (`webhook-delivery` rows, newest first), polled
 * while `awaiting` (a test event sent whose attempt has not shown yet).
 */
export function DeliveryLog({
  webhook,
  awaiting,
}: {
  webhook: WebhookFieldsFragment;
  /** The event ID of a test event just sent. */
  awaiting: string | null;
}) {
  const { t, formatDate } = useI18n();
  const query = useQuery(WebhookDeliveriesQuery, { variables: { webhookId: webhook.id, first: 50 } });
  const rows = query.data?.webhookDeliveries.nodes;
  usePollWhile(query, awaiting !== null && !rows?.some((d) => d.eventId === awaiting), 500);
  const status = { loading: query.loading, stale: false, error: query.error, refetch: query.refetch };

  return (
    <ListCard<WebhookDeliveryFieldsFragment>
      title={t('webhooks.deliveries.title', { url: webhook.url })}
      rows={rows}
      status={status}
      testId="webhook-deliveries"
      rowKey={(d) => d.id}
      rowAttributes={(d) => ({
        'data-test-id': 'webhook-delivery',
        'data-event-id': d.eventId,
        'data-event-type': d.eventType,
        'data-status-code': d.statusCode === null ? '' : String(d.statusCode),
        'data-ok': d.ok ? 'true' : 'false',
      })}
      empty={t('webhooks.deliveries.empty')}
      columns={[
        {
          id: 'time',
          header: t('webhooks.deliveries.col.time'),
          className: 'whitespace-nowrap',
          cell: (d) => formatDate(d.createdAt),
        },
        {
          id: 'event',
          header: t('webhooks.deliveries.col.event'),
          cell: (d) => (
            <span>
              <span className="font-mono text-sm">{d.eventType}</span>
              <span className="block font-mono text-xs text-muted">{d.eventId}</span>
            </span>
          ),
        },
        { id: 'attempt', header: t('webhooks.deliveries.col.attempt'), align: 'right', cell: (d) => d.attempt },
        {
          id: 'status',
          header: t('webhooks.deliveries.col.status'),
          cell: (d) => (
            <Badge tone={d.ok ? 'green' : 'red'} testId="webhook-delivery-status" value={String(d.statusCode ?? '')}>
              {d.statusCode ?? t('webhooks.deliveries.noAnswer')}
            </Badge>
          ),
        },
        {
          id: 'duration',
          header: t('webhooks.deliveries.col.duration'),
          align: 'right',
          className: 'whitespace-nowrap tabular-nums',
          cell: (d) => t('webhooks.deliveries.ms', { ms: d.durationMs }),
        },
        {
          id: 'detail',
          header: t('webhooks.deliveries.col.detail'),
          cell: (d) => (
            <span className="block max-w-md truncate font-mono text-xs text-muted" title={d.error ?? d.response ?? ''}>
              {d.error ?? d.response ?? ''}
            </span>
          ),
        },
      ]}
    />
  );
}
