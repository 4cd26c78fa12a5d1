import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Icon } from '../components/Icon';
import { useT } from '../i18n/I18nProvider';
import type { PlainMessageKey } from '../i18n/translate';
import type { NavEntry, NavGroupId, NavId } from './navigation';
import { NavItem } from './NavItem';

interface NavDropdownProps {
  group: { id: NavGroupId; label: PlainMessageKey; entries: NavEntry[] };
  open: boolean;
  active: NavId | null;
  onOpenChange(open: boolean): void;
  buttonClassName: string;
}

const itemClass =
  'flex items-center gap-3 rounded-md px-3 py-2 text-sm text-ink hover:bg-brand-50 hover:text-brand-700 focus:bg-brand-50 focus:outline-none ' +
  'aria-[current=page]:font-semibold aria-[current=page]:text-brand-700';

/**
 * One drop-down group of the EXPressia bar (`nav-group-<id>`): opened by click, Enter or Space,
 * or ArrowDown/ArrowUp (which also move into the list); Escape closes it and returns to the button.
 */
export function NavDropdown({ group, open, active, onOpenChange, buttonClassName }: NavDropdownProps) {
  const t = useT();
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  // Which item to focus once the list has rendered (keyboard opening).
  const [focusOnOpen, setFocusOnOpen] = useState<'first' | 'last' | null>(null);

  const links = () => Array.from(menuRef.current?.querySelectorAll<HTMLAnchorElement>('a') ?? []);

  useEffect(() => {
    if (!open || !focusOnOpen) return;
    const items = links();
    (focusOnOpen === 'first' ? items[0] : items[items.length - 1])?.focus();
    setFocusOnOpen(null);
  }, [open, focusOnOpen]);

  function onButtonKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setFocusOnOpen(e.key === 'ArrowDown' ? 'first' : 'last');
      onOpenChange(true);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      onOpenChange(false);
    }
  }

  function onMenuKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    const move = (i: number) => {
      e.preventDefault();
      items[(i + items.length) % items.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      onOpenChange(false);
      buttonRef.current?.focus();
    }
  }

  const holdsActive = group.entries.some((entry) => entry.id === active);
  return (
    <li
      className="relative"
      onBlur={(e) => {
        // Tabbing out of the group closes it.
        if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) onOpenChange(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        data-test-id={`nav-group-${group.id}`}
        aria-expanded={open}
        aria-controls={menuId}
        aria-haspopup="true"
        data-active={holdsActive || undefined}
        className={buttonClassName}
        onClick={() => onOpenChange(!open)}
        onKeyDown={onButtonKeyDown}
      >
        <span>{t(group.label)}</span>
        <Icon name="chevronDown" className={`size-4 transition-transform ${open ? 'rotate-180' : ''}`} />
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          data-test-id={`group-menu-${group.id}`}
          onKeyDown={onMenuKeyDown}
          className="absolute top-full left-0 z-30 mt-1 w-64 rounded-lg border border-line bg-surface p-1.5 shadow-lg"
        >
          {group.entries.map((entry) => (
            <NavItem
              key={entry.id}
              entry={entry}
              active={active === entry.id}
              className={itemClass}
              iconClassName="size-4 shrink-0 text-muted"
              onNavigate={() => onOpenChange(false)}
            />
          ))}
        </div>
      ) : null}
    </li>
  );
}
