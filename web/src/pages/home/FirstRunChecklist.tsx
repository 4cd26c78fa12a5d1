import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { TextField } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { FormError } from '../../components/Messages';
import { RadioField } from '../../components/RadioField';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import type { Translate } from '../../i18n/translate';
import type { FirstRunChecklistQuery as ChecklistData, SingleMachineDrivers } from '../../graphql/generated/graphql';
import { FirstRunChecklistQuery, SetUpSingleMachineMutation } from './firstRun.operations';

type Step = ChecklistData['firstRunChecklist']['steps'][number];

const FIELDS = ['serviceDomain', 'address', 'drivers'] as const;
const DRIVERS: readonly SingleMachineDrivers[] = ['FILES', 'REAL'];

/** What a step that is not done lacks, in words: counts for servers, names for groups and addresses. */
function missingText(step: Step, t: Translate): string {
  const kinds = () => step.missing.map((k) => t(`serverKind.${k}` as 'serverKind.WEB')).join(', ');
  switch (step.id) {
    case 'DNS_SERVERS':
      return step.have === 0
        ? t('firstRun.missing.DNS_SERVERS', { have: step.have, need: step.need })
        : t('firstRun.missing.DNS_SERVERS.some', { have: step.have, need: step.need });
    case 'SERVER_GROUPS':
      return t('firstRun.missing.SERVER_GROUPS', { items: kinds() });
    case 'ADDRESSES':
      return step.need === 0
        ? t('firstRun.missing.ADDRESSES.none')
        : t('firstRun.missing.ADDRESSES', { items: step.missing.join(', ') });
    default:
      return t(`firstRun.missing.${step.id}`);
  }
}

/**
 * Master admin's home: what the cluster still needs before customers' requests can succeed (the
 * API's `firstRunChecklist`), each step ticked or naming what is missing, linked to its page; on an
 * empty cluster, the single-machine layout in one step. Hidden once everything is done, after a
 * "setup complete" line when it was completed here.
 */
export function FirstRunChecklist() {
  const t = useT();
  const query = useQuery(FirstRunChecklistQuery, { fetchPolicy: 'cache-and-network' });
  const [completedHere, setCompletedHere] = useState(false);
  const checklist = query.data?.firstRunChecklist;
  if (!checklist) return null;
  if (checklist.complete) {
    if (!completedHere) return null;
    return (
      <Card testId="first-run">
        <p className="flex items-center gap-2 text-sm font-medium text-green-800" data-test-id="first-run-complete">
          <Icon name="check" className="size-5 text-green-600" />
          {t('firstRun.complete')}
        </p>
      </Card>
    );
  }
  const done = checklist.steps.filter((s) => s.done).length;
  return (
    <Card
      title={t('firstRun.title')}
      testId="first-run"
      aside={
        <span className="text-sm text-muted" data-test-id="first-run-progress">
          {t('firstRun.progress', { done, total: checklist.steps.length })}
        </span>
      }
    >
      <div className="space-y-5">
        <p className="text-sm text-muted">{t('firstRun.intro')}</p>
        <ol className="space-y-2">
          {checklist.steps.map((step) => (
            <li
              key={step.id}
              data-test-id={`first-run-step-${step.id}`}
              data-done={step.done ? 'true' : 'false'}
              className="flex items-start gap-3 text-sm"
            >
              <span
                aria-hidden="true"
                className={`mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full border ${
                  step.done ? 'border-green-600 bg-green-600 text-white' : 'border-slate-400 bg-white'
                }`}
              >
                {step.done ? <Icon name="check" className="size-3.5" /> : null}
              </span>
              <span className="min-w-0">
                <Link to={step.fixPath} className={step.done ? 'text-ink hover:underline' : 'link font-medium'}>
                  {t(`firstRun.step.${step.id}`)}
                </Link>
                <span
                  className={`block text-xs ${step.done ? 'text-muted' : 'text-amber-800'}`}
                  data-test-id="first-run-step-status"
                >
                  {step.done ? t('firstRun.done') : missingText(step, t)}
                </span>
              </span>
            </li>
          ))}
        </ol>
        {checklist.empty ? (
          <SingleMachineSetup suggestedAddress={checklist.suggestedAddress} onDone={() => setCompletedHere(true)} />
        ) : (
          <p className="text-sm text-muted" data-test-id="first-run-by-hand">
            {t('firstRun.byHand')}
          </p>
        )}
      </div>
    </Card>
  );
}

/** The one-step layout: a button, then a small form (service domain, address, drivers). */
function SingleMachineSetup({ suggestedAddress, onDone }: { suggestedAddress: string; onDone: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [serviceDomain, setServiceDomain] = useState('');
  const [address, setAddress] = useState(suggestedAddress);
  const [drivers, setDrivers] = useState<SingleMachineDrivers>('FILES');
  // Other cards read the cluster too (alerts); the checklist comes back complete.
  const [setUp] = useMutation(SetUpSingleMachineMutation, {
    refetchQueries: ['FirstRunChecklist', 'OperatorAlerts'],
    awaitRefetchQueries: true,
  });
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const ok = await run(() =>
      setUp({ variables: { input: { serviceDomain: serviceDomain.trim(), address: address.trim(), drivers } } }),
    );
    if (ok) onDone();
  }

  if (!open)
    return (
      <div className="space-y-2 border-t border-line pt-4">
        <button
          type="button"
          className="btn btn-primary"
          data-test-id="first-run-one-step"
          onClick={() => setOpen(true)}
        >
          {t('firstRun.oneStep')}
        </button>
        <p className="text-xs text-muted">{t('firstRun.oneStepHint')}</p>
      </div>
    );

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="space-y-4 border-t border-line pt-4"
      data-test-id="first-run-form"
    >
      <p className="text-sm text-muted">{t('firstRun.oneStepHint')}</p>
      <FormError message={errors.general} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="serviceDomain"
          testId="first-run-service-domain"
          label={t('firstRun.serviceDomain')}
          hint={t('firstRun.serviceDomainHint')}
          error={errors.fields.serviceDomain}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          placeholder="example-host.com"
          value={serviceDomain}
          onChange={(e) => setServiceDomain(e.target.value)}
        />
        <TextField
          name="address"
          testId="first-run-address"
          label={t('firstRun.address')}
          hint={t('firstRun.addressHint')}
          error={errors.fields.address}
          autoComplete="off"
          spellCheck={false}
          value={address}
          onChange={(e) => setAddress(e.target.value)}
        />
      </div>
      <RadioField
        name="drivers"
        legend={t('firstRun.drivers')}
        testId="first-run-drivers"
        optionTestId="first-run-drivers-"
        options={DRIVERS.map((d) => ({
          value: d,
          label: t(`firstRun.drivers.${d}`),
          hint: t(`firstRun.drivers.desc.${d}`),
        }))}
        value={drivers}
        onChange={setDrivers}
        error={errors.fields.drivers}
      />
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn btn-primary" data-test-id="first-run-create" disabled={busy}>
          {t('firstRun.create')}
        </button>
        <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
