import { Link } from 'react-router';
import { Icon } from '../components/Icon';
import { useT } from '../i18n/I18nProvider';

/** NO_MENU: the way back to the icon grid, on every page but home. */
export function HomeLink() {
  const t = useT();
  return (
    <Link to="/" data-test-id="nav-home" className="link mb-4 inline-flex items-center gap-1.5 text-sm">
      <Icon name="arrowLeft" className="size-4" />
      {t('nav.backHome')}
    </Link>
  );
}
