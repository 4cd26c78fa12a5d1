import { TextAreaField, TextField } from '../../components/Field';
import { useT } from '../../i18n/I18nProvider';
import type { CompanyDetailKey, CompanyDetails } from './companyDetails';

interface CompanyDetailsFieldsProps {
  values: CompanyDetails;
  onChange(key: CompanyDetailKey, value: string): void;
  /** The API's messages by field name (`legalName`, `supportEmail`…). */
  errors: Record<string, string>;
  /** Test ids are `<prefix>-legal-name`, `<prefix>-address`, `<prefix>-tax-id`, `<prefix>-support-email`, `<prefix>-support-phone`. */
  testIdPrefix: string;
}

/**
 * A company's details (legal name, address, tax number, support contacts): on the own company's
 * settings and, for the master admin, on a reseller's page.
 */
export function CompanyDetailsFields({ values, onChange, errors, testIdPrefix }: CompanyDetailsFieldsProps) {
  const t = useT();
  const bind = (key: CompanyDetailKey) => ({
    name: key,
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => onChange(key, e.target.value),
  });
  return (
    <fieldset className="space-y-4">
      <legend className="card-title">{t('company.details')}</legend>
      <p className="text-sm text-muted">{t('company.detailsHint')}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          {...bind('legalName')}
          testId={`${testIdPrefix}-legal-name`}
          label={t('company.legalName')}
          hint={t('company.legalNameHint')}
          maxLength={200}
          autoComplete="organization"
        />
        <TextField
          {...bind('taxId')}
          testId={`${testIdPrefix}-tax-id`}
          label={t('company.taxId')}
          hint={t('company.taxIdHint')}
          maxLength={50}
          autoComplete="off"
        />
      </div>
      <TextAreaField
        {...bind('address')}
        testId={`${testIdPrefix}-address`}
        label={t('company.address')}
        rows={3}
        maxLength={500}
        autoComplete="street-address"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          {...bind('supportEmail')}
          testId={`${testIdPrefix}-support-email`}
          type="email"
          label={t('company.supportEmail')}
          maxLength={254}
          autoComplete="off"
        />
        <TextField
          {...bind('supportPhone')}
          testId={`${testIdPrefix}-support-phone`}
          type="tel"
          label={t('company.supportPhone')}
          hint={t('company.supportPhoneHint')}
          maxLength={40}
          autoComplete="off"
        />
      </div>
    </fieldset>
  );
}
