import { useQuery } from '@apollo/client';
import { Link, useParams } from 'react-router';
import { LoadError, Loading, Page } from '../../components/Page';
import { useT } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionContext';
import { BrandMark } from '../../brand/BrandMark';
import { ArticleView } from './ArticleView';
import { KbBrowser } from './KbBrowser';
import { KbIsPublicQuery } from './knowledge.operations';
import { PUBLIC_KB_PATH } from './pageIds';

/**
 * The knowledge base on the company's own host (/kb, /kb/:slug), outside the signed-in layout:
 * open to anyone when the company made it public, to its signed-in people always; others are
 * asked to sign in. The host decides whose knowledge base it is (the API reads it, never this page).
 */
export function PublicKbPage() {
  const t = useT();
  const { slug } = useParams();
  const { branding, viewer } = useSession();
  const open = useQuery(KbIsPublicQuery, { skip: viewer !== null });
  const allowed = viewer !== null || open.data?.kbIsPublic === true;

  return (
    <div className="min-h-screen bg-slate-50">
      <header className="bg-chrome px-4 py-4 text-white">
        <div className="mx-auto flex max-w-5xl items-center gap-3">
          <BrandMark logoUrl={branding.theme.logoUrl} companyName={branding.companyName} size="frame" />
          <Link to={PUBLIC_KB_PATH} className="text-lg font-semibold" data-test-id="kb-public-home">
            {branding.companyName} · {t('kb.title')}
          </Link>
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-8">
        <Page id="kb-public" title={t('kb.title')} intro={slug ? undefined : t('kb.intro')}>
          {!allowed ? (
            open.error ? (
              <LoadError error={open.error} />
            ) : open.loading ? (
              <Loading />
            ) : (
              <p className="card card-body text-sm" data-test-id="kb-sign-in">
                {t('kb.signInToRead')}{' '}
                <Link to="/login" className="text-brand-700 underline">
                  {t('kb.signIn')}
                </Link>
              </p>
            )
          ) : slug ? (
            <div className="card card-body">
              <ArticleView slug={slug} basePath={PUBLIC_KB_PATH} />
            </div>
          ) : (
            <KbBrowser basePath={PUBLIC_KB_PATH} />
          )}
        </Page>
      </main>
    </div>
  );
}
