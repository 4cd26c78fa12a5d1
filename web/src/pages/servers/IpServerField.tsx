import type { ChangeEvent } from 'react';
import { SelectField } from '../../components/Field';
import { useT } from '../../i18n/I18nProvider';

interface IpServerFieldProps {
  testId: string;
  servers: readonly { id: string; name: string }[];
  error?: string;
  value: string;
  onChange(e: ChangeEvent<HTMLSelectElement>): void;
}

/** The "Server" choice of the IP forms (add addresses, allocate one): a logical server, none preselected. */
export function IpServerField({ testId, servers, error, ...bound }: IpServerFieldProps) {
  const t = useT();
  return (
    <SelectField name="serverId" testId={testId} label={t('ips.server')} error={error} {...bound}>
      <option value="">{t('ips.chooseServer')}</option>
      {servers.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </SelectField>
  );
}
