import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Badge } from '../../components/Badge';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DataCell } from '../../components/DataTable';
import { LongText } from '../../components/LongText';
import { FormError } from '../../components/Messages';
import { reportOutcome } from '../../components/PageMessages';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { ResourceRecordFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { DeleteDnsRecordMutation, UpdateDnsRecordMutation } from './domains.operations';
import { RecordFields } from './RecordFields';
import { draftOf, RECORD_FIELDS, recordData, recordInput, type RecordDraft } from './recordForm';

interface RecordRowProps {
  record: ResourceRecordFieldsFragment;
  domain: string;
  /** Records cannot change while the domain is being deleted. */
  locked: boolean;
  onDone(message: string): void;
  onError(error: unknown): void;
}

const COLUMNS = 5;

/** One DNS record: name, type, TTL, data; edit in place and delete, unless the panel keeps it. */
export function RecordRow({ record, domain, locked, onDone, onError }: RecordRowProps) {
  const t = useT();
  const refetch = { refetchQueries: ['Domain'], awaitRefetchQueries: true };
  const [update] = useMutation(UpdateDnsRecordMutation, refetch);
  const [remove, removing] = useMutation(DeleteDnsRecordMutation, refetch);
  const [draft, setDraft] = useState<RecordDraft | null>(null);
  const { errors, busy, run } = useFormSubmit(RECORD_FIELDS);
  const attributes = {
    'data-test-id': 'dns-record-row',
    'data-record-id': record.id,
    'data-name': record.name,
    'data-type': record.type,
    'data-value': record.value,
    'data-managed': String(record.managed),
  };
  const title = `${record.fqdn} ${record.type}`;

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    if (await run(() => update({ variables: { id: record.id, input: recordInput(draft) } }))) {
      setDraft(null);
      onDone(t('records.saved', { name: record.fqdn, type: draft.type }));
    }
  }

  if (draft) {
    return (
      <tr {...attributes} data-editing="true">
        <td colSpan={COLUMNS}>
          <form
            noValidate
            onSubmit={(e) => void save(e)}
            className="space-y-4 py-2"
            aria-label={t('records.editLabel', { record: title })}
          >
            <FormError message={errors.general} />
            <RecordFields
              wide
              prefix="rec-edit"
              domain={domain}
              draft={draft}
              set={(name, value) => setDraft((d) => (d ? { ...d, [name]: value } : d))}
              errors={errors.fields}
            />
            <div className="flex gap-2">
              <button type="submit" data-test-id="rec-edit-save" className="btn btn-primary btn-sm" disabled={busy}>
                {t('common.save')}
              </button>
              <button
                type="button"
                data-test-id="rec-edit-cancel"
                className="btn btn-ghost btn-sm"
                onClick={() => setDraft(null)}
              >
                {t('common.cancel')}
              </button>
            </div>
          </form>
        </td>
      </tr>
    );
  }

  return (
    <tr {...attributes}>
      {/* md:max-w-0 with a width: in the wide table the long columns take what is left, and cut. */}
      <DataCell column="name" className="font-mono text-sm md:w-[30%] md:max-w-0">
        <div className="truncate font-medium text-ink" title={record.name}>
          {record.name}
        </div>
        <LongText value={record.fqdn} className="text-xs text-muted" />
      </DataCell>
      <DataCell column="type" className="font-mono text-sm">
        {record.type}
      </DataCell>
      <DataCell column="ttl" className="text-muted tabular-nums">
        {record.ttl}
      </DataCell>
      <DataCell column="data" className="font-mono text-sm md:w-[40%] md:max-w-0">
        <LongText value={recordData(record)} testId="dns-record-data" />
      </DataCell>
      <DataCell column="actions" className="text-right">
        {record.managed ? (
          <Badge tone="gray" testId="dns-record-managed" title={t('records.managedHint')}>
            {t('records.managed')}
          </Badge>
        ) : locked ? null : (
          <div className="flex flex-wrap justify-end gap-2">
            <button
              type="button"
              data-test-id="dns-record-edit"
              className="btn btn-secondary btn-sm"
              onClick={() => setDraft(draftOf(record))}
            >
              {t('records.edit')}
            </button>
            <ConfirmButton
              testId="dns-record-delete"
              label={t('common.delete')}
              question={t('records.deleteQuestion', { record: title })}
              busy={removing.loading}
              onConfirm={() =>
                reportOutcome(
                  { onDone, onError },
                  () => remove({ variables: { id: record.id } }),
                  t('records.deleted', { record: title }),
                )
              }
            />
          </div>
        )}
      </DataCell>
    </tr>
  );
}
