import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { AddDnsRecordMutation } from './domains.operations';
import { RecordFields } from './RecordFields';
import { emptyDraft, RECORD_FIELDS, recordInput, type RecordDraft } from './recordForm';

interface AddRecordFormProps {
  domainId: string;
  domain: string;
  onDone(message: string): void;
}

/** A new DNS record for the domain (`rec-*`). */
export function AddRecordForm({ domainId, domain, onDone }: AddRecordFormProps) {
  const t = useT();
  const [draft, setDraft] = useState<RecordDraft>(emptyDraft);
  const [add] = useMutation(AddDnsRecordMutation, { refetchQueries: ['Domain'], awaitRefetchQueries: true });
  const { errors, busy, run } = useFormSubmit(RECORD_FIELDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    let message = '';
    const ok = await run(async () => {
      const res = await add({ variables: { domainId, input: recordInput(draft) } });
      const r = res.data?.addDnsRecord;
      message = t('records.added', { name: r?.fqdn ?? draft.name, type: r?.type ?? draft.type });
    });
    if (ok) {
      onDone(message);
      // The type stays: several records of one kind are often added in a row.
      setDraft({ ...emptyDraft, type: draft.type });
    }
  }

  return (
    <Card title={t('records.add')}>
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4">
        <FormError message={errors.general} />
        <RecordFields
          prefix="rec"
          domain={domain}
          draft={draft}
          set={(name, value) => setDraft((d) => ({ ...d, [name]: value }))}
          errors={errors.fields}
        />
        <button type="submit" data-test-id="rec-submit" className="btn btn-primary w-full" disabled={busy}>
          {t('records.addSubmit')}
        </button>
      </form>
    </Card>
  );
}
