import { useT } from '../../i18n/I18nProvider';

/** The name servers a customer sets at the registrar for an own or parked domain. */
export function NameServers({ names, compact = false }: { names: readonly string[]; compact?: boolean }) {
  const t = useT();
  return (
    <div data-test-id="domain-name-servers" className={compact ? 'text-xs text-muted' : 'space-y-2 text-sm'}>
      <p>{t('domains.nameServersHint')}</p>
      <ul className={compact ? 'font-mono' : 'space-y-1 font-mono text-ink'}>
        {names.map((n) => (
          <li key={n} data-test-id="domain-name-server">
            {n}
          </li>
        ))}
      </ul>
    </div>
  );
}
