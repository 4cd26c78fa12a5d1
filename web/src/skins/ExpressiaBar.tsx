import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { useViewer } from '../session/SessionContext';
import { activeNavId, navGroupsFor, type NavGroupId } from './navigation';
import { NavDropdown } from './NavDropdown';
import { NavItem } from './NavItem';

const topClass =
  'inline-flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-white/90 hover:bg-white/15 hover:text-white ' +
  'aria-[current=page]:bg-white/20 aria-[current=page]:text-white aria-expanded:bg-white/20 data-active:bg-white/10';

/** EXPRESSIA: a horizontal navigation bar; the general group's links sit on the bar, the others drop down. */
export function ExpressiaBar() {
  const t = useT();
  const viewer = useViewer();
  const { pathname } = useLocation();
  const active = activeNavId(pathname);
  const [open, setOpen] = useState<NavGroupId | null>(null);
  const barRef = useRef<HTMLElement>(null);

  useEffect(() => setOpen(null), [pathname]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!barRef.current?.contains(e.target as Node)) setOpen(null);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <nav ref={barRef} aria-label={t('nav.main')} data-test-id="expressia-bar" className="bg-brand-700 shadow-sm">
      <ul className="flex flex-wrap items-center gap-1 px-3 py-1.5 sm:px-5">
        {navGroupsFor(viewer).map((group) =>
          group.id === 'main' ? (
            group.entries.map((entry) => (
              <li key={entry.id}>
                <NavItem
                  entry={entry}
                  active={active === entry.id}
                  className={topClass}
                  iconClassName="size-4 shrink-0"
                />
              </li>
            ))
          ) : (
            <NavDropdown
              key={group.id}
              group={group}
              active={active}
              open={open === group.id}
              onOpenChange={(isOpen) => setOpen(isOpen ? group.id : null)}
              buttonClassName={topClass}
            />
          ),
        )}
      </ul>
    </nav>
  );
}
