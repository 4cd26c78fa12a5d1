import { useMemo } from 'react';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { textOrNull } from '../../components/useFormState';
import type { BillingProfileInput } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { locales } from '../../i18n/translate';
import { countryOptions } from './countries';

export const PROFILE_KEYS = ['name', 'company', 'address', 'city', 'postalCode', 'country', 'email', 'phone'] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];
export type ProfileValues = Record<ProfileKey, string>;

/** The form's values of a stored profile (or empty ones). */
export function profileValuesOf(profile: Partial<Record<ProfileKey, string | null>> | null): ProfileValues {
  return Object.fromEntries(PROFILE_KEYS.map((k) => [k, profile?.[k] ?? ''])) as ProfileValues;
}

/** The API's input; company and phone are optional (null when blank). The API trims and checks the rest. */
export function profileInput(v: ProfileValues): BillingProfileInput {
  return { ...v, company: textOrNull(v.company), phone: textOrNull(v.phone) };
}

interface ProfileFieldsProps {
  values: ProfileValues;
  onChange(key: ProfileKey, value: string): void;
  /** Field errors by API field name. */
  errors: Record<string, string>;
  /** The API's name of the profile's fields: `profile.` inside the signup input, none on its own. */
  fieldPrefix: '' | 'profile.';
  /** Test ids are `<testIdPrefix>-<field>`. */
  testIdPrefix: string;
}

/** Who invoices are made out to: name, company, address, postal code, city, country (from a list, by its ISO code), e-mail, phone. */
export function ProfileFields({ values, onChange, errors, fieldPrefix, testIdPrefix }: ProfileFieldsProps) {
  const { t, language } = useI18n();
  const countries = useMemo(() => countryOptions(locales[language]), [language]);
  const shell = (key: ProfileKey) => ({
    name: `${fieldPrefix}${key}`,
    testId: `${testIdPrefix}-${key}`,
    value: values[key],
    error: errors[`${fieldPrefix}${key}`],
    onChange: (e: { target: { value: string } }) => onChange(key, e.target.value),
  });
  const optional = (label: string) => `${label} (${t('common.optional')})`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField {...shell('name')} label={t('plansUser.profile.name')} autoComplete="name" maxLength={200} />
      <TextField
        {...shell('company')}
        label={optional(t('plansUser.profile.company'))}
        autoComplete="organization"
        maxLength={200}
      />
      <TextAreaField
        {...shell('address')}
        className="sm:col-span-2"
        label={t('plansUser.profile.address')}
        autoComplete="street-address"
        rows={2}
        maxLength={500}
      />
      <TextField
        {...shell('postalCode')}
        label={t('plansUser.profile.postalCode')}
        autoComplete="postal-code"
        maxLength={20}
      />
      <TextField {...shell('city')} label={t('plansUser.profile.city')} autoComplete="address-level2" maxLength={100} />
      <SelectField {...shell('country')} label={t('plansUser.profile.country')} autoComplete="country">
        <option value="">{t('plansUser.profile.countryChoose')}</option>
        {/* A code stored before the list was checked stays visible (and the API names it when saved). */}
        {values.country && !countries.some((c) => c.code === values.country) ? (
          <option value={values.country}>{values.country}</option>
        ) : null}
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <TextField
        {...shell('phone')}
        type="tel"
        label={optional(t('plansUser.profile.phone'))}
        autoComplete="tel"
        maxLength={40}
      />
      <TextField
        {...shell('email')}
        className="sm:col-span-2"
        type="email"
        label={t('plansUser.profile.email')}
        hint={t('plansUser.profile.emailHint')}
        autoComplete="email"
      />
    </div>
  );
}
