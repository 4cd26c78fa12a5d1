import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { MyBillingProfileFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { PROFILE_KEYS, profileInput, profileValuesOf, ProfileFields } from '../signup/ProfileFields';
import { UpdateMyBillingProfileMutation } from './myPlan.operations';

interface MyPlanProfileProps {
  accountId: string;
  profile: MyBillingProfileFieldsFragment | null;
  onDone(message: string): void;
}

/** Who the account's invoices are made out to, and a form to change it. */
export function MyPlanProfile({ accountId, profile, onDone }: MyPlanProfileProps) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const toggle = (
    <button
      type="button"
      data-test-id="profile-edit"
      className="btn btn-secondary btn-sm"
      onClick={() => setEditing(true)}
    >
      {profile ? t('plansUser.profile.edit') : t('plansUser.profile.add')}
    </button>
  );
  return (
    <Card title={t('plansUser.profile.title')} aside={editing ? null : toggle} testId="billing-profile">
      {editing ? (
        <ProfileForm
          accountId={accountId}
          profile={profile}
          onSaved={() => {
            setEditing(false);
            onDone(t('plansUser.profile.saved'));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : profile ? (
        <address className="space-y-0.5 text-sm not-italic text-ink" data-test-id="profile-shown">
          <span className="block font-medium" data-test-id="profile-shown-name">
            {profile.name}
          </span>
          {profile.company ? <span className="block">{profile.company}</span> : null}
          <span className="block whitespace-pre-line">{profile.address}</span>
          <span className="block">{`${profile.postalCode} ${profile.city}`}</span>
          <span className="block" data-test-id="profile-shown-country">
            {profile.country}
          </span>
          <span className="block pt-2 text-muted">{profile.email}</span>
          {profile.phone ? <span className="block text-muted">{profile.phone}</span> : null}
        </address>
      ) : (
        <p className="text-sm text-muted" data-test-id="profile-none">
          {t('plansUser.profile.none')}
        </p>
      )}
    </Card>
  );
}

interface ProfileFormProps {
  accountId: string;
  profile: MyBillingProfileFieldsFragment | null;
  onSaved(): void;
  onCancel(): void;
}

function ProfileForm({ accountId, profile, onSaved, onCancel }: ProfileFormProps) {
  const t = useT();
  const [values, setValues] = useState(() => profileValuesOf(profile));
  // A first profile is a new object: the page's query reads it again.
  const [update] = useMutation(UpdateMyBillingProfileMutation, {
    refetchQueries: ['MyPlan'],
    awaitRefetchQueries: true,
  });
  const { errors, busy, run } = useFormSubmit(PROFILE_KEYS);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (await run(() => update({ variables: { accountId, input: profileInput(values) } }))) onSaved();
  }

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-4" data-test-id="profile-form">
      <FormError message={errors.general} />
      <ProfileFields
        values={values}
        onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
        errors={errors.fields}
        fieldPrefix=""
        testIdPrefix="profile"
      />
      <div className="flex flex-wrap gap-2">
        <button type="submit" data-test-id="profile-save" className="btn btn-primary" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" data-test-id="profile-cancel" className="btn btn-ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
