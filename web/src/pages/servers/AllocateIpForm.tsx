import { useMutation } from '@apollo/client';
import type { FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormState } from '../../components/useFormState';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { IpServerField } from './IpServerField';
import { AllocateIpMutation } from './servers.operations';

const FIELDS = ['accountId', 'serverId'] as const;

interface AllocateIpFormProps {
  servers: readonly { id: string; name: string }[];
  onDone(message: string): void;
}

/** Gives an account a free dedicated address of a server (`ip-allocate-*`). */
export function AllocateIpForm({ servers, onDone }: AllocateIpFormProps) {
  const t = useT();
  const form = useFormState({ serverId: '', accountId: '' });
  const [allocate] = useMutation(AllocateIpMutation, { refetchQueries: ['IpAddresses'], awaitRefetchQueries: true });
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const accountId = form.values.accountId.trim().replace(/^#/, '');
    let address = '';
    const ok = await run(async () => {
      const res = await allocate({ variables: { accountId, serverId: form.values.serverId } });
      address = res.data?.allocateIp.address ?? '';
    });
    if (ok) {
      onDone(t('ips.allocatedTo', { address, id: accountId }));
      form.set('accountId', '');
    }
  }

  return (
    <Card title={t('ips.allocateTitle')}>
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4">
        <FormError message={errors.general} />
        <IpServerField
          testId="ip-allocate-server"
          servers={servers}
          error={errors.fields.serverId}
          {...form.bind('serverId')}
        />
        <TextField
          name="accountId"
          testId="ip-allocate-account"
          label={t('ips.accountId')}
          hint={t('ips.accountIdHint')}
          inputMode="numeric"
          autoComplete="off"
          error={errors.fields.accountId}
          {...form.bind('accountId')}
        />
        <button type="submit" data-test-id="ip-allocate-submit" className="btn btn-primary w-full" disabled={busy}>
          {t('ips.allocateSubmit')}
        </button>
      </form>
    </Card>
  );
}
