import { useQuery } from '@apollo/client';
import { lazy, Suspense, useLayoutEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { applyTheme } from '../brand/applyTheme';
import { usePreviewFlag } from '../brand/preview';
import { Loading } from '../components/Loading';
import { I18nProvider } from '../i18n/I18nProvider';
import { redirectFor } from './redirects';
import { SessionContext } from './SessionContext';
import { SessionQuery } from './session.operations';

// Only when the session cannot load (the server is down): its chunk, not the entry, carries the error box.
const LoadError = lazy(async () => ({ default: (await import('../components/Page')).LoadError }));

/**
 * Loads branding (with the host company's theme, or its draft while an admin previews it) and
 * viewer before any route renders, applies the theme and the language in effect, and sends the
 * visitor to /setup or /login where the state demands it.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const preview = usePreviewFlag();
  const {
    data: current,
    previousData,
    error,
    refetch,
  } = useQuery(SessionQuery, {
    variables: { preview },
  });
  // While the store is reset after sign-in, keep showing the last answer instead of a blank screen.
  const data = current ?? previousData;
  const { pathname } = useLocation();
  const theme = data?.branding.theme;

  // Before paint: the page never shows one brand's colours under another's texts.
  useLayoutEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);

  if (!data) {
    return (
      <I18nProvider language="EN">
        <div className="mx-auto max-w-md p-8">
          {error ? (
            <Suspense fallback={<Loading />}>
              <LoadError error={error} onRetry={() => void refetch()} />
            </Suspense>
          ) : (
            <Loading />
          )}
        </div>
      </I18nProvider>
    );
  }

  const { branding, viewer } = data;
  const redirect = redirectFor(pathname, {
    needsSetup: branding.needsSetup,
    signedIn: viewer !== null,
    mustEnrolTwoFactor: viewer?.twoFactor.enrolmentRequired ?? false,
  });
  const language = viewer?.preferences.language ?? branding.defaultLanguage;
  return (
    <I18nProvider language={language} texts={branding.theme.settings.texts}>
      <SessionContext.Provider value={{ branding, viewer }}>
        {redirect ? <Navigate to={redirect} replace /> : children}
      </SessionContext.Provider>
    </I18nProvider>
  );
}
