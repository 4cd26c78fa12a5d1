import { useApolloClient, useMutation } from '@apollo/client';
import { DataTable } from '../../components/DataTable';
import { Card } from '../../components/Page';
import type { BrandEditorFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { exportFileName } from './brandForm';
import { BrandExportQuery, RollbackBrandMutation } from './brand.operations';
import { downloadText } from '../../components/download';

type Version = BrandEditorFieldsFragment['versions'][number];

/** The published versions, newest first: which one the panel shows, rolling back, and each one's file. */
export function BrandVersionsCard({
  versions,
  onDone,
  onFailed,
}: {
  versions: readonly Version[];
  onDone(message: string): void;
  onFailed(error: unknown): void;
}) {
  const { t, formatDate } = useI18n();
  const client = useApolloClient();
  const [rollback, rolling] = useMutation(RollbackBrandMutation, { refetchQueries: ['Session'] });

  async function onRollback(v: Version) {
    try {
      await rollback({ variables: { version: v.number } });
      onDone(t('brand.rolledBack', { version: v.number, name: v.name }));
    } catch (e) {
      onFailed(e);
    }
  }

  async function onExport(v: Version) {
    try {
      const res = await client.query({
        query: BrandExportQuery,
        variables: { version: v.number },
        fetchPolicy: 'no-cache',
      });
      downloadText(exportFileName(v.name, v.number), res.data.brandExport);
    } catch (e) {
      onFailed(e);
    }
  }

  return (
    <Card title={t('brand.versions')} flush testId="brand-versions">
      <DataTable
        testId="brand-versions-table"
        rows={versions}
        rowKey={(v) => String(v.number)}
        rowAttributes={(v) => ({
          'data-test-id': 'brand-version',
          'data-number': String(v.number),
          'data-current': String(v.current),
        })}
        empty={t('brand.versionsNone')}
        columns={[
          { id: 'number', header: t('brand.version'), cell: (v) => `v${v.number}`, className: 'font-mono' },
          {
            id: 'name',
            header: t('brand.name'),
            cell: (v) => (
              <span className="inline-flex items-center gap-2">
                {v.name}
                {v.current ? (
                  <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800">
                    {t('brand.current')}
                  </span>
                ) : null}
              </span>
            ),
          },
          { id: 'published', header: t('brand.publishedAt'), cell: (v) => formatDate(v.publishedAt as string) },
          { id: 'by', header: t('brand.publishedBy'), cell: (v) => v.publishedBy },
          {
            id: 'actions',
            header: <span className="sr-only">{t('common.actions')}</span>,
            align: 'right',
            cell: (v) => (
              <span className="inline-flex gap-2">
                <button
                  type="button"
                  data-test-id={`brand-export-${v.number}`}
                  className="btn btn-secondary btn-sm"
                  onClick={() => void onExport(v)}
                >
                  {t('brand.export')}
                </button>
                {v.current ? null : (
                  <button
                    type="button"
                    data-test-id={`brand-rollback-${v.number}`}
                    className="btn btn-secondary btn-sm"
                    disabled={rolling.loading}
                    onClick={() => void onRollback(v)}
                  >
                    {t('brand.rollback')}
                  </button>
                )}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
