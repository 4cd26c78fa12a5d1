import { useMutation } from '@apollo/client';
import type { FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { RadioField } from '../../components/RadioField';
import { Card } from '../../components/Page';
import { textOrNull, useFormState } from '../../components/useFormState';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { DomainKind } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { DOMAIN_WAYS, nameInputOf, needsRegistrar, needsServiceDomain } from './domainKinds';
import { AddDomainMutation, DomainsQuery } from './domains.operations';

const FIELDS = ['kind', 'name', 'targetAddress'] as const;

interface AddDomainFormProps {
  accountId: string;
  /** The provider's service domain; null until set (third-level and instant access are then unavailable). */
  serviceDomain: string | null;
  onDone(message: string): void;
}

/** A new domain, in one of the ways the API offers (`dom-*`); registration and transfer show, disabled. */
export function AddDomainForm({ accountId, serviceDomain, onDone }: AddDomainFormProps) {
  const t = useT();
  const form = useFormState({ kind: 'OWN', name: '', targetAddress: '' });
  const kind = form.values.kind as DomainKind;
  const nameInput = nameInputOf(kind);
  const [add] = useMutation(AddDomainMutation, {
    // The new row shows at once, QUEUED; the refetch and polling follow it from there.
    update(cache, { data }) {
      const created = data?.addDomain;
      if (!created) return;
      cache.updateQuery({ query: DomainsQuery, variables: { accountId } }, (list) =>
        list && !list.domains.some((d) => d.id === created.id)
          ? { ...list, domains: [...list.domains, created] }
          : list,
      );
    },
    refetchQueries: ['Domains'],
  });
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const unavailable = needsServiceDomain(kind) && !serviceDomain;

  async function submit(e: FormEvent) {
    e.preventDefault();
    let message = '';
    const ok = await run(async () => {
      const res = await add({
        variables: {
          input: {
            accountId,
            kind,
            name: nameInput ? form.values.name.trim() : null,
            targetAddress: kind === 'PARKED' ? textOrNull(form.values.targetAddress) : null,
          },
        },
      });
      const d = res.data?.addDomain;
      const shown = d?.unicodeName ?? d?.name;
      message = shown ? t('domains.added', { name: shown }) : t('domains.addedNoName');
    });
    if (ok) {
      onDone(message);
      form.set('name', '');
      form.set('targetAddress', '');
    }
  }

  return (
    <Card title={t('domains.add')}>
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4">
        <FormError message={errors.general} />
        <RadioField
          name="kind"
          legend={t('domains.way')}
          testId="dom-ways"
          optionTestId="dom-kind-"
          options={DOMAIN_WAYS.map((way) => ({
            value: way,
            label: t(`domains.way.${way}`),
            hint: t(`domains.wayHint.${way}`),
            disabled: needsRegistrar(way),
          }))}
          value={kind}
          onChange={(way) => form.set('kind', way)}
          error={errors.fields.kind}
        />
        {unavailable ? (
          <p className="text-sm text-amber-800" data-test-id="dom-no-service-domain">
            {t('domains.noServiceDomain')}
          </p>
        ) : null}
        {nameInput === 'domain' ? (
          <TextField
            name="name"
            testId="dom-name"
            label={t('domains.name')}
            hint={t('domains.nameHint')}
            error={errors.fields.name}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            placeholder="example.com"
            {...form.bind('name')}
          />
        ) : null}
        {nameInput === 'label' ? (
          <div>
            <TextField
              name="name"
              testId="dom-name"
              label={t('domains.label')}
              hint={t('domains.labelHint')}
              error={errors.fields.name}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              placeholder="shop"
              {...form.bind('name')}
            />
            {serviceDomain ? (
              <p className="mt-1 font-mono text-xs text-muted" data-test-id="dom-name-suffix">
                {`${form.values.name.trim() || '…'}.${serviceDomain}`}
              </p>
            ) : null}
          </div>
        ) : null}
        {kind === 'PARKED' ? (
          <TextField
            name="targetAddress"
            testId="dom-target"
            label={`${t('domains.targetAddress')} (${t('common.optional')})`}
            hint={t('domains.targetAddressHint')}
            error={errors.fields.targetAddress}
            autoComplete="off"
            spellCheck={false}
            placeholder="192.0.2.10"
            {...form.bind('targetAddress')}
          />
        ) : null}
        <button
          type="submit"
          data-test-id="dom-submit"
          className="btn btn-primary w-full"
          disabled={busy || unavailable}
        >
          {t('domains.addSubmit')}
        </button>
      </form>
    </Card>
  );
}
