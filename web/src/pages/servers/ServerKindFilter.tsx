import { FilterSelect } from '../../components/FilterSelect';
import { SERVER_KINDS } from '../../graphql/enums';
import type { ServerKind } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';

/** The "Kind" filter of the cluster lists (logical servers, server groups); empty means all kinds. */
export function ServerKindFilter({
  testId,
  value,
  onChange,
}: {
  testId: string;
  value: ServerKind | null;
  onChange: (kind: string) => void;
}) {
  const { t } = useI18n();
  return (
    <FilterSelect
      testId={testId}
      label={t('logical.kindFilter')}
      allLabel={t('logical.kindAll')}
      value={value ?? ''}
      onChange={onChange}
    >
      {SERVER_KINDS.map((k) => (
        <option key={k} value={k}>
          {t(`serverKind.${k}`)}
        </option>
      ))}
    </FilterSelect>
  );
}
