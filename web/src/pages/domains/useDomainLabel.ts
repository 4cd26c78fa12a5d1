import { useCallback } from 'react';
import { useT } from '../../i18n/I18nProvider';

/** How a domain is named to people: Unicode for IDN, and a phrase for web space without a domain. */
export function useDomainLabel() {
  const t = useT();
  return useCallback(
    (d: { name: string | null; unicodeName: string | null }) => d.unicodeName ?? d.name ?? t('domains.noName'),
    [t],
  );
}
