import { Link } from 'react-router';
import { Icon } from '../components/Icon';
import { useT } from '../i18n/I18nProvider';
import { useViewer } from '../session/SessionContext';
import { navGroupsFor } from './navigation';
import { useSkin } from './SkinContext';

interface NavGridProps {
  /** `nav` where the grid is the navigation (no-menu skin), another prefix where a menu already has `nav-*`. */
  testIdPrefix: string;
  /** Cards with descriptions (quick access) or large icons (icon home page). */
  variant: 'cards' | 'icons';
}

/** The home page's links to every page the role may use (all but home itself), grouped like the menus. */
export function NavGrid({ testIdPrefix, variant }: NavGridProps) {
  const t = useT();
  const viewer = useViewer();
  const { textOnly } = useSkin();
  const groups = navGroupsFor(viewer)
    .map((g) => ({ ...g, entries: g.entries.filter((e) => e.id !== 'home') }))
    .filter((g) => g.entries.length > 0);

  return (
    <div className="space-y-8" data-test-id="home-grid">
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`grid-${group.id}`}>
          <h2 id={`grid-${group.id}`} className="mb-3 text-sm font-semibold tracking-wider text-muted uppercase">
            {t(group.label)}
          </h2>
          {textOnly ? (
            <ul className="card divide-y divide-line">
              {group.entries.map((entry) => (
                <li key={entry.id} className="px-5 py-3">
                  <Link to={entry.path} data-test-id={`${testIdPrefix}-${entry.id}`} className="link">
                    {t(entry.label)}
                  </Link>
                  {variant === 'cards' ? <p className="mt-0.5 text-sm text-muted">{t(entry.description)}</p> : null}
                </li>
              ))}
            </ul>
          ) : variant === 'cards' ? (
            <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
              {group.entries.map((entry) => (
                <li key={entry.id}>
                  <Link
                    to={entry.path}
                    data-test-id={`${testIdPrefix}-${entry.id}`}
                    className="card group flex h-full items-start gap-4 p-5 transition hover:border-brand-300 hover:shadow-md"
                  >
                    <span className="grid size-11 shrink-0 place-items-center rounded-lg bg-brand-50 text-brand-600 group-hover:bg-brand-100">
                      <Icon name={entry.icon} className="size-6" />
                    </span>
                    <span className="min-w-0">
                      <span className="block font-semibold text-ink group-hover:text-brand-700">{t(entry.label)}</span>
                      <span className="mt-0.5 block text-sm text-muted">{t(entry.description)}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 md:grid-cols-4 lg:grid-cols-5">
              {group.entries.map((entry) => (
                <li key={entry.id}>
                  <Link
                    to={entry.path}
                    data-test-id={`${testIdPrefix}-${entry.id}`}
                    className="card group flex h-full flex-col items-center gap-3 px-3 py-6 text-center transition hover:border-brand-300 hover:shadow-md"
                  >
                    <span className="grid size-14 place-items-center rounded-2xl bg-gradient-to-br from-brand-500 to-brand-700 text-white shadow-sm">
                      <Icon name={entry.icon} className="size-7" />
                    </span>
                    <span className="text-sm font-medium text-ink group-hover:text-brand-700">{t(entry.label)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
