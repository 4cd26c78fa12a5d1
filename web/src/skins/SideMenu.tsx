import { useLocation } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { useViewer } from '../session/SessionContext';
import { activeNavId, navGroupsFor } from './navigation';
import { NavItem } from './NavItem';

const linkClass =
  'flex shrink-0 items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-ink ' +
  'aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700';

/** LEFT_MENU: every page in a side menu; on narrow screens the menu becomes a scrolling strip. */
export function SideMenu() {
  const t = useT();
  const viewer = useViewer();
  const active = activeNavId(useLocation().pathname);
  return (
    <aside className="border-b border-line bg-surface md:w-64 md:shrink-0 md:border-r md:border-b-0">
      <nav
        aria-label={t('nav.main')}
        data-test-id="side-menu"
        className="flex gap-1 overflow-x-auto p-2 md:sticky md:top-0 md:flex-col md:gap-5 md:p-4"
      >
        {navGroupsFor(viewer).map((group) => (
          <div key={group.id} className="flex gap-1 md:flex-col">
            <h2 className="hidden px-3 pb-1 text-xs font-semibold tracking-wider text-muted uppercase md:block">
              {t(group.label)}
            </h2>
            {group.entries.map((entry) => (
              <NavItem key={entry.id} entry={entry} active={active === entry.id} className={linkClass} />
            ))}
          </div>
        ))}
      </nav>
    </aside>
  );
}
