import { Link } from 'react-router';
import { Card, Page } from '../components/Page';
import { useT } from '../i18n/I18nProvider';

export function NotFoundPage() {
  const t = useT();
  return (
    <Page id="not-found" title={t('notFound.title')}>
      <Card>
        <p className="text-sm text-muted">{t('notFound.text')}</p>
        <Link to="/" className="link mt-3 inline-block text-sm">
          {t('nav.home')}
        </Link>
      </Card>
    </Page>
  );
}

export function ForbiddenPage() {
  const t = useT();
  return (
    <Page id="forbidden" title={t('forbidden.title')}>
      <Card>
        <p className="text-sm text-muted">{t('forbidden.text')}</p>
        <Link to="/" className="link mt-3 inline-block text-sm">
          {t('nav.home')}
        </Link>
      </Card>
    </Page>
  );
}
