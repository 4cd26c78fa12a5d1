import { useLocation } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { useViewer } from '../session/SessionContext';
import { activeNavId, navGroupsFor } from './navigation';
import { NavItem } from './NavItem';

const linkClass =
  'flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-ink ' +
  'aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700';

/** Every page the viewer may use, group by group under its heading: the side menu's and the drawer's list. */
export function NavGroups({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const viewer = useViewer();
  const active = activeNavId(useLocation().pathname);
  return (
    <>
      {navGroupsFor(viewer).map((group) => (
        <div key={group.id} className="flex flex-col gap-1">
          <h2 className="px-3 pb-1 text-xs font-semibold tracking-wider text-muted uppercase">{t(group.label)}</h2>
          {group.entries.map((entry) => (
            <NavItem
              key={entry.id}
              entry={entry}
              active={active === entry.id}
              className={linkClass}
              onNavigate={onNavigate}
            />
          ))}
        </div>
      ))}
    </>
  );
}

/** LEFT_MENU on wide screens: every page in a side menu (narrow screens open the same list in a drawer). */
export function SideMenu() {
  const t = useT();
  return (
    <aside className="w-64 shrink-0 border-r border-line bg-surface">
      <nav aria-label={t('nav.main')} data-test-id="side-menu" className="sticky top-0 flex flex-col gap-5 p-4">
        <NavGroups />
      </nav>
    </aside>
  );
}
