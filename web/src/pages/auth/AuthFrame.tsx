import type { ReactNode } from 'react';
import { BrandMark } from '../../brand/BrandMark';
import { useT } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionContext';

/**
 * The signed-out frame around setup, login and signup: company name and a centred card (`wide` for
 * signup's plans side by side), all in the page's `main` landmark.
 */
export function AuthFrame({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const t = useT();
  const { branding } = useSession();
  return (
    <div className="flex min-h-screen flex-col bg-gradient-to-b from-chrome to-chrome-soft px-4 py-10">
      <main className={`mx-auto flex w-full ${wide ? 'max-w-5xl' : 'max-w-md'} flex-1 flex-col justify-center`}>
        <div className="mb-6 flex items-center justify-center gap-3 text-white">
          <BrandMark logoUrl={branding.theme.logoUrl} companyName={branding.companyName} size="frame" />
          <div className="leading-tight">
            {/* With a logo, the name is the logo's alternative text; the text stays for the test hook only. */}
            <div
              data-test-id="company-name"
              className={branding.theme.logoUrl ? 'sr-only' : 'text-lg font-semibold'}
              aria-hidden={branding.theme.logoUrl ? true : undefined}
            >
              {branding.companyName}
            </div>
            <div className="text-xs text-chrome-muted">{t('app.tagline')}</div>
          </div>
        </div>
        <div className="card p-6 shadow-xl sm:p-8">{children}</div>
        {/* The product's name: on the master's panel when it chose to, never on a reseller's (RES-2). */}
        {branding.productCredit ? (
          <p data-test-id="product-credit" className="mt-6 text-center text-xs text-chrome-muted">
            {t('app.name')}
          </p>
        ) : null}
      </main>
    </div>
  );
}
