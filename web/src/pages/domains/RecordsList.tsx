import type { ReactNode } from 'react';
import { ListCard } from '../../components/ListCard';
import type { ResourceRecordFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { RecordRow } from './RecordRow';

interface RecordsListProps {
  records: readonly ResourceRecordFieldsFragment[];
  domain: string;
  locked: boolean;
  aside?: ReactNode;
  className?: string;
  onDone(message: string): void;
  onError(error: unknown): void;
}

/** The domain's DNS records, apex first; the panel's own ones are marked and have no actions. */
export function RecordsList({ records, domain, locked, aside, className, onDone, onError }: RecordsListProps) {
  const t = useT();
  return (
    <ListCard
      className={className}
      title={t('records.title')}
      aside={aside}
      rows={records}
      testId="dns-records-table"
      rowKey={(r) => r.id}
      empty={t('records.empty')}
      columns={[
        { id: 'name', header: t('records.col.name') },
        { id: 'type', header: t('records.col.type') },
        { id: 'ttl', header: t('records.col.ttl') },
        { id: 'data', header: t('records.col.value') },
        { id: 'actions', header: t('common.actions'), align: 'right' },
      ]}
      renderRow={(r) => <RecordRow record={r} domain={domain} locked={locked} onDone={onDone} onError={onError} />}
    />
  );
}
