import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { LoadError, Loading, Page } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { textOrNull } from '../../components/useFormState';
import type { AccountStatus } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionContext';
import { useBillingFormat } from '../invoices/InvoiceAmounts';
import { PlanOfferCard, type PlanChoice } from './PlanOfferCard';
import { PROFILE_KEYS, profileInput, profileValuesOf, ProfileFields, type ProfileKey } from './ProfileFields';
import { SignupMutation, SignupPlansQuery, type SignupPlan } from './signup.operations';
import { preselected } from './signupChoice';
import { SignupSummary } from './SignupSummary';
import { AuthFrame } from '../auth/AuthFrame';
import { CompanySuspendedNotice } from '../auth/CompanySuspendedNotice';

const FIELDS = [
  'planId',
  'periodMonths',
  'login',
  'email',
  'password',
  'accountName',
  ...PROFILE_KEYS.map((k) => `profile.${k}`),
];

/**
 * The public signup (BIL-2): the company's plans to choose from, a login and a billing address.
 * The API opens user, account and first invoice and signs the new user in; an account that waits
 * for approval lands on My plan, which says so.
 */
export function SignupPage() {
  const t = useT();
  const { branding } = useSession();
  // A suspended company takes no new customers: its page says so instead of offering plans.
  const plans = useQuery(SignupPlansQuery, { skip: branding.suspended });
  const offered = plans.data?.signupPlans;

  return (
    <AuthFrame wide>
      <Page
        id="signup"
        title={t('plansUser.signup.title')}
        intro={branding.suspended ? undefined : t('plansUser.signup.intro', { company: branding.companyName })}
      >
        {branding.suspended ? (
          <CompanySuspendedNotice company={branding.companyName} />
        ) : !offered ? (
          plans.error ? (
            <LoadError error={plans.error} onRetry={() => void plans.refetch()} />
          ) : (
            <Loading />
          )
        ) : offered.length === 0 ? (
          <p
            className="rounded-lg border border-line bg-slate-50 px-4 py-6 text-center text-sm text-muted"
            data-test-id="signup-no-plans"
          >
            {t('plansUser.signup.noPlans', { company: branding.companyName })}
          </p>
        ) : (
          <SignupForm plans={offered} />
        )}
        <p className="text-center text-sm">
          <Link to="/login" className="link" data-test-id="signup-to-login">
            {t('plansUser.signup.toLogin')}
          </Link>
        </p>
      </Page>
    </AuthFrame>
  );
}

function SignupForm({ plans }: { plans: readonly SignupPlan[] }) {
  const t = useT();
  const format = useBillingFormat();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signup] = useMutation(SignupMutation);
  const { errors, busy, run } = useFormSubmit(FIELDS);
  // One plan is chosen already, with its shortest period (the cheapest to start with).
  const [choice, setChoice] = useState<PlanChoice | null>(preselected(plans));
  const [login, setLogin] = useState({ login: '', email: '', password: '', accountName: '' });
  const [profile, setProfile] = useState(profileValuesOf(null));
  const chosenPlan = plans.find((p) => p.id === choice?.planId);
  const chosenPeriod = chosenPlan?.periods.find((p) => p.months === choice?.months);
  const bind = (key: keyof typeof login) => ({
    name: key,
    value: login[key],
    error: errors.fields[key],
    onChange: (e: { target: { value: string } }) => setLogin((v) => ({ ...v, [key]: e.target.value })),
  });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    let status: AccountStatus | undefined;
    const ok = await run(async () => {
      const input = {
        // Without a choice the API names the missing plan under the plans.
        planId: choice?.planId ?? '',
        periodMonths: choice?.months ?? 0,
        login: login.login,
        email: login.email,
        password: login.password,
        accountName: textOrNull(login.accountName),
        profile: profileInput(profile),
      };
      status = (await signup({ variables: { input } })).data?.signup.status;
    });
    if (ok) {
      // Nothing cached before sign-in may leak into the signed-in panel.
      await client.resetStore();
      navigate(status === 'MODERATION' ? '/plan' : '/', { replace: true });
    }
  }

  // The API's words for a missing or malformed choice ("must be a plan ID") are for scripts; people get the step's own.
  const choiceError = errors.fields.planId
    ? t('plansUser.signup.choosePlan')
    : errors.fields.periodMonths && !choice
      ? t('plansUser.signup.choosePlan')
      : errors.fields.periodMonths;
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-8">
      <FormError message={errors.general} />
      <section className="space-y-4" aria-labelledby="signup-step-plan">
        <h2 id="signup-step-plan" className="card-title">
          {t('plansUser.signup.stepPlan')}
        </h2>
        <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {plans.map((p) => (
            <PlanOfferCard key={p.id} plan={p} chosen={choice} onChoose={setChoice} />
          ))}
        </div>
        <p
          // With a choice, the summary below says it all; the sentence stays for screen readers.
          className={chosenPlan && chosenPeriod ? 'sr-only' : 'text-sm'}
          data-test-id="signup-choice"
          data-plan-id={choice?.planId ?? ''}
          data-months={choice?.months ?? ''}
        >
          {chosenPlan && chosenPeriod
            ? t('plansUser.signup.chosen', { plan: chosenPlan.name, period: format.months(chosenPeriod.months) })
            : t('plansUser.signup.noChoice')}
        </p>
        {chosenPlan && chosenPeriod ? <SignupSummary plan={chosenPlan} period={chosenPeriod} /> : null}
        {choiceError ? (
          <p
            className="field-error"
            role="alert"
            data-test-id={errors.fields.planId ? 'error-planId' : 'error-periodMonths'}
          >
            {choiceError}
          </p>
        ) : null}
      </section>

      <section className="space-y-4" aria-labelledby="signup-step-login">
        <h2 id="signup-step-login" className="card-title">
          {t('plansUser.signup.stepLogin')}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            {...bind('login')}
            testId="signup-login"
            label={t('plansUser.signup.login')}
            hint={t('plansUser.signup.loginHint')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
          />
          <TextField
            {...bind('email')}
            testId="signup-email"
            type="email"
            label={t('plansUser.signup.email')}
            autoComplete="email"
          />
          <TextField
            {...bind('password')}
            testId="signup-password"
            type="password"
            label={t('plansUser.signup.password')}
            hint={t('plansUser.signup.passwordHint')}
            autoComplete="new-password"
          />
          <TextField
            {...bind('accountName')}
            testId="signup-account-name"
            label={`${t('plansUser.signup.accountName')} (${t('common.optional')})`}
            hint={t('plansUser.signup.accountNameHint')}
            autoComplete="off"
          />
        </div>
      </section>

      <section className="space-y-4" aria-labelledby="signup-step-profile">
        <div>
          <h2 id="signup-step-profile" className="card-title">
            {t('plansUser.signup.stepProfile')}
          </h2>
          <p className="mt-1 text-sm text-muted">{t('plansUser.signup.profileHint')}</p>
        </div>
        <ProfileFields
          values={profile}
          onChange={(key: ProfileKey, value) => setProfile((v) => ({ ...v, [key]: value }))}
          errors={errors.fields}
          fieldPrefix="profile."
          testIdPrefix="signup-profile"
        />
      </section>

      <button type="submit" data-test-id="signup-submit" className="btn btn-primary w-full" disabled={busy}>
        {t('plansUser.signup.submit')}
      </button>
    </form>
  );
}
