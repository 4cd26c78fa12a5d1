import { useQuery } from '@apollo/client';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadError, Loading } from '../components/Page';
import { I18nProvider } from '../i18n/I18nProvider';
import { redirectFor } from './redirects';
import { SessionContext } from './SessionContext';
import { SessionQuery } from './session.operations';

/**
 * Loads branding and viewer before any route renders, applies the language in effect and sends
 * the visitor to /setup or /login where the state demands it.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { data: current, previousData, error, refetch } = useQuery(SessionQuery);
  // While the store is reset after sign-in, keep showing the last answer instead of a blank screen.
  const data = current ?? previousData;
  const { pathname } = useLocation();

  if (!data) {
    return (
      <I18nProvider language="EN">
        <div className="mx-auto max-w-md p-8">
          {error ? <LoadError error={error} onRetry={() => void refetch()} /> : <Loading />}
        </div>
      </I18nProvider>
    );
  }

  const { branding, viewer } = data;
  const redirect = redirectFor(pathname, { needsSetup: branding.needsSetup, signedIn: viewer !== null });
  const language = viewer?.preferences.language ?? branding.defaultLanguage;
  return (
    <I18nProvider language={language}>
      <SessionContext.Provider value={{ branding, viewer }}>
        {redirect ? <Navigate to={redirect} replace /> : children}
      </SessionContext.Provider>
    </I18nProvider>
  );
}
