import type { FormEvent } from 'react';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { RadioField } from '../../components/RadioField';
import { Card } from '../../components/Page';
import { intOrNull, useFormState } from '../../components/useFormState';
import { useFormSubmit } from '../../components/useFormSubmit';
import { PHYSICAL_STATUSES, SERVER_OSES, SERVER_TRANSPORTS } from '../../graphql/enums';
import type { PhysicalServerStatus, ServerOs, ServerTransport } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';

const FIELDS = ['name', 'os', 'address', 'status', 'notes', 'transport', 'sshPort', 'sshUser'] as const;

export interface PhysicalServerValues {
  name: string;
  os: ServerOs;
  address: string;
  status: PhysicalServerStatus;
  notes: string | null;
  transport: ServerTransport;
  /** SSH only; sent as null for LOCAL (the API keeps what it has). */
  sshPort: number | null;
  sshUser: string | null;
}

export const NEW_PHYSICAL_SERVER: PhysicalServerValues = {
  name: '',
  os: 'LINUX',
  address: '',
  status: 'ONLINE',
  notes: null,
  transport: 'LOCAL',
  sshPort: 22,
  sshUser: 'heliosphere',
};

interface PhysicalServerFormProps {
  initial: PhysicalServerValues;
  submitLabel: string;
  /** Sends the values; the form shows the API's field errors under their fields. */
  onSubmit(values: PhysicalServerValues): Promise<unknown>;
}

/**
 * Name, operating system, management address, status and notes of a physical server, and how the
 * panel reaches it: LOCAL (its own machine) or over SSH, with port and agent account (`ps-*`).
 */
export function PhysicalServerForm({ initial, submitLabel, onSubmit }: PhysicalServerFormProps) {
  const t = useT();
  const form = useFormState({
    name: initial.name,
    os: initial.os,
    address: initial.address,
    status: initial.status,
    notes: initial.notes ?? '',
    transport: initial.transport,
    sshPort: String(initial.sshPort ?? NEW_PHYSICAL_SERVER.sshPort),
    sshUser: initial.sshUser ?? NEW_PHYSICAL_SERVER.sshUser ?? '',
  });
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const ssh = form.values.transport === 'SSH';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const v = form.values;
    await run(() =>
      onSubmit({
        name: v.name.trim(),
        os: v.os,
        address: v.address.trim(),
        status: v.status,
        notes: v.notes.trim() || null,
        transport: v.transport,
        sshPort: ssh ? intOrNull(v.sshPort) : null,
        sshUser: ssh ? v.sshUser.trim() || null : null,
      }),
    );
  }

  return (
    <Card title={t('physical.details')} className="max-w-3xl">
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4">
        <FormError message={errors.general} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="name"
            testId="ps-name"
            label={t('physical.name')}
            hint={t('physical.nameHint')}
            error={errors.fields.name}
            autoComplete="off"
            spellCheck={false}
            {...form.bind('name')}
          />
          <TextField
            name="address"
            testId="ps-address"
            label={t('physical.address')}
            hint={t('physical.addressHint')}
            error={errors.fields.address}
            autoComplete="off"
            spellCheck={false}
            {...form.bind('address')}
          />
          <SelectField name="os" testId="ps-os" label={t('physical.os')} error={errors.fields.os} {...form.bind('os')}>
            {SERVER_OSES.map((os) => (
              <option key={os} value={os}>
                {t(`serverOs.${os}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="status"
            testId="ps-status"
            label={t('physical.status')}
            hint={t('physical.statusHint')}
            error={errors.fields.status}
            {...form.bind('status')}
          >
            {PHYSICAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`physicalStatus.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <RadioField
          name="transport"
          legend={t('physical.transport')}
          testId="ps-transport"
          optionTestId="ps-transport-"
          options={SERVER_TRANSPORTS.map((transport) => ({
            value: transport,
            label: t(`transport.${transport}`),
            hint: t(`transport.desc.${transport}`),
          }))}
          value={form.values.transport as ServerTransport}
          onChange={(transport) => form.set('transport', transport)}
          error={errors.fields.transport}
        />
        {ssh ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              name="sshPort"
              testId="ps-ssh-port"
              type="number"
              min={1}
              max={65535}
              label={t('physical.sshPort')}
              error={errors.fields.sshPort}
              {...form.bind('sshPort')}
            />
            <TextField
              name="sshUser"
              testId="ps-ssh-user"
              label={t('physical.sshUser')}
              hint={t('physical.sshUserHint')}
              error={errors.fields.sshUser}
              autoComplete="off"
              spellCheck={false}
              {...form.bind('sshUser')}
            />
          </div>
        ) : null}
        <TextAreaField
          name="notes"
          testId="ps-notes"
          label={`${t('physical.notes')} (${t('common.optional')})`}
          rows={3}
          error={errors.fields.notes}
          {...form.bind('notes')}
        />
        <button type="submit" data-test-id="ps-submit" className="btn btn-primary" disabled={busy}>
          {submitLabel}
        </button>
      </form>
    </Card>
  );
}
