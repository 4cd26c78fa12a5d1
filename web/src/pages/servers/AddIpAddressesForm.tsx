import { useMutation } from '@apollo/client';
import type { FormEvent } from 'react';
import { SelectField, TextAreaField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormState } from '../../components/useFormState';
import { useFormSubmit } from '../../components/useFormSubmit';
import { IP_KINDS } from '../../graphql/enums';
import type { IpKind } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { IpServerField } from './IpServerField';
import { AddIpAddressesMutation } from './servers.operations';

const FIELDS = ['serverId', 'kind', 'addresses'] as const;

/** The entries of the addresses box: one per line or separated by commas or spaces; ranges stay whole. */
export function addressEntries(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

interface AddIpAddressesFormProps {
  servers: readonly { id: string; name: string }[];
  onDone(message: string): void;
}

/** Adds addresses and ranges (`10.0.0.10-10.0.0.20`) to a logical server (`ip-add-*`). */
export function AddIpAddressesForm({ servers, onDone }: AddIpAddressesFormProps) {
  const t = useT();
  const form = useFormState({ serverId: '', kind: 'SHARED' as IpKind, addresses: '' });
  const [add] = useMutation(AddIpAddressesMutation, { refetchQueries: ['IpAddresses'], awaitRefetchQueries: true });
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    let added = 0;
    const ok = await run(async () => {
      const res = await add({
        variables: {
          input: {
            serverId: form.values.serverId,
            kind: form.values.kind,
            addresses: addressEntries(form.values.addresses),
          },
        },
      });
      added = res.data?.addIpAddresses.length ?? 0;
    });
    if (ok) {
      onDone(t('ips.added', { count: added }));
      form.set('addresses', '');
    }
  }

  return (
    <Card title={t('ips.addTitle')}>
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4">
        <FormError message={errors.general} />
        <IpServerField
          testId="ip-add-server"
          servers={servers}
          error={errors.fields.serverId}
          {...form.bind('serverId')}
        />
        <SelectField
          name="kind"
          testId="ip-add-kind"
          label={t('ips.kind')}
          hint={t(`ipKind.desc.${form.values.kind}`)}
          error={errors.fields.kind}
          {...form.bind('kind')}
        >
          {IP_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`ipKind.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          name="addresses"
          testId="ip-add-addresses"
          label={t('ips.addresses')}
          hint={t('ips.addressesHint')}
          rows={4}
          spellCheck={false}
          placeholder={'10.0.0.5\n10.0.0.10-10.0.0.20'}
          error={errors.fields.addresses}
          {...form.bind('addresses')}
        />
        <button type="submit" data-test-id="ip-add-submit" className="btn btn-primary w-full" disabled={busy}>
          {t('ips.addSubmit')}
        </button>
      </form>
    </Card>
  );
}
