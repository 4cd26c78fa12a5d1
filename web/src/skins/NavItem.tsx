import { Link } from 'react-router';
import { Icon } from '../components/Icon';
import { useT } from '../i18n/I18nProvider';
import type { NavEntry } from './navigation';

interface NavItemProps {
  entry: NavEntry;
  active: boolean;
  className: string;
  iconClassName?: string;
  onNavigate?: () => void;
}

/** One navigation link (`nav-<id>`), the same in every skin; its glyph disappears in text-only skins. */
export function NavItem({ entry, active, className, iconClassName = 'size-5 shrink-0', onNavigate }: NavItemProps) {
  const t = useT();
  return (
    <Link
      to={entry.path}
      data-test-id={`nav-${entry.id}`}
      aria-current={active ? 'page' : undefined}
      className={className}
      onClick={onNavigate}
    >
      <Icon name={entry.icon} className={iconClassName} />
      <span>{t(entry.label)}</span>
    </Link>
  );
}
