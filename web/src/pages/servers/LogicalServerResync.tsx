import { useMutation } from '@apollo/client';
import { useState } from 'react';
import { Card } from '../../components/Page';
import type { ResyncLogicalServerMutation as ResyncResult, ServerKind } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { ResyncLogicalServerMutation } from './servers.operations';

type ResyncReport = ResyncResult['resyncLogicalServer'];

/** The kinds whose servers the panel can compare with its database. */
const RESYNCABLE: readonly ServerKind[] = ['WEB', 'DNS', 'MYSQL'];

export function canResync(kind: ServerKind): boolean {
  return RESYNCABLE.includes(kind);
}

interface ResyncProps {
  serverId: string;
  onError(error: unknown): void;
}

/** Re-sync a logical server with the panel's database, and what it found (`logical-server-resync`). */
export function LogicalServerResync({ serverId, onError }: ResyncProps) {
  const { t, formatDate } = useI18n();
  const [resync, { loading }] = useMutation(ResyncLogicalServerMutation, { variables: { id: serverId } });
  const [report, setReport] = useState<ResyncReport | null>(null);

  async function run() {
    try {
      const res = await resync();
      setReport(res.data?.resyncLogicalServer ?? null);
    } catch (err) {
      onError(err);
    }
  }

  return (
    <Card title={t('resync.title')} className="max-w-3xl" testId="logical-server-resync-card">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:gap-4">
        <button
          type="button"
          data-test-id="logical-server-resync"
          className="btn btn-secondary btn-sm shrink-0"
          disabled={loading}
          onClick={() => void run()}
        >
          {t('resync.run')}
        </button>
        <p className="text-xs text-muted">{t('resync.hint')}</p>
      </div>
      {report ? (
        <div className="mt-5 space-y-4 border-t border-line pt-4 text-sm" data-test-id="resync-report">
          <p>
            <span data-test-id="resync-queued" data-queued={report.queued} className="font-medium">
              {t('resync.queued', { count: report.queued })}
            </span>{' '}
            <span className="text-muted">· {t('resync.checkedAt', { at: formatDate(report.checkedAt) })}</span>
          </p>
          <div className="grid gap-4 sm:grid-cols-3">
            <ResyncList testId="resync-missing" title={t('resync.missing')} items={report.missing} />
            <ResyncList testId="resync-different" title={t('resync.different')} items={report.different} />
            <ResyncList testId="resync-unknown" title={t('resync.unknown')} items={report.unknown} />
          </div>
        </div>
      ) : null}
    </Card>
  );
}

function ResyncList({ testId, title, items }: { testId: string; title: string; items: string[] }) {
  const { t } = useI18n();
  return (
    <section data-test-id={testId} data-count={items.length}>
      <h3 className="font-semibold text-ink">
        {title} <span className="font-normal text-muted">({items.length})</span>
      </h3>
      {items.length ? (
        <ul className="mt-1 space-y-0.5 font-mono text-xs break-all">
          {items.map((item, i) => (
            <li key={i} data-test-id="resync-item">
              {item}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-muted">{t('resync.nothing')}</p>
      )}
    </section>
  );
}
