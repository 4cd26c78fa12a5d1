import { useMutation, useQuery } from '@apollo/client';
import { Link } from 'react-router';
import { Card } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import type { PlainMessageKey } from '../../i18n/translate';
import { DismissOperatorAlertMutation, OperatorAlertsQuery } from './operatorAlerts.operations';

/** The kind of problem before the first ':' (NO_ROOM:DNS → NO_ROOM) picks the translated title. */
const TITLES: Record<string, PlainMessageKey> = {
  NO_ROOM: 'alerts.title.NO_ROOM',
  NAME_SERVER_ADDRESS: 'alerts.title.NAME_SERVER_ADDRESS',
  SERVER_ADDRESS: 'alerts.title.SERVER_ADDRESS',
  SERVICE_DOMAIN: 'alerts.title.SERVICE_DOMAIN',
};

/**
 * Admin home: setup problems that stopped customers' requests (`operator-alerts`), each with the
 * server's reason, how often it happened and a link to the page that fixes it. Nothing when none.
 */
export function OperatorAlertsCard() {
  const { t, formatDate } = useI18n();
  const query = useQuery(OperatorAlertsQuery, { fetchPolicy: 'cache-and-network' });
  const [dismiss, dismissing] = useMutation(DismissOperatorAlertMutation, { refetchQueries: ['OperatorAlerts'] });
  const alerts = query.data?.operatorAlerts ?? [];
  if (!alerts.length) return null;
  return (
    <Card title={t('alerts.heading')} testId="operator-alerts">
      <ul className="space-y-4">
        {alerts.map((a) => (
          <li
            key={a.id}
            data-test-id="operator-alert"
            className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
          >
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0 space-y-1">
                <p className="font-medium">{t(TITLES[a.problem.split(':')[0]!] ?? 'alerts.title.other')}</p>
                <p data-test-id="operator-alert-message">{a.message}</p>
                <p className="text-xs">
                  {a.occurrences === 1
                    ? t('alerts.seen.one', { date: formatDate(a.lastSeenAt) })
                    : t('alerts.seen', { count: a.occurrences, date: formatDate(a.lastSeenAt) })}
                </p>
              </div>
              <div className="flex items-center gap-3">
                <Link to={a.fixPath} data-test-id="operator-alert-fix" className="link">
                  {t('alerts.fix')}
                </Link>
                <button
                  type="button"
                  data-test-id="operator-alert-dismiss"
                  className="btn btn-secondary btn-sm"
                  disabled={dismissing.loading}
                  onClick={() => void dismiss({ variables: { id: a.id } })}
                >
                  {t('alerts.dismiss')}
                </button>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
