import { useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useViewer } from '../session/SessionContext';
import { ExpressiaBar } from './ExpressiaBar';
import { Header } from './Header';
import { HomeLink } from './HomeLink';
import { EmailVerificationBanner } from './EmailVerificationBanner';
import { ImpersonationBanner } from './ImpersonationBanner';
import { PreviewBanner } from './PreviewBanner';
import { SideMenu } from './SideMenu';
import { SkinContext } from './SkinContext';

/**
 * The signed-in frame. Skins decide layout and navigation only: the side menu (LEFT_MENU), the
 * navigation bar (EXPRESSIA) or nothing but a Home link (NO_MENU). The page keeps its place in the
 * tree whatever the skin, so switching skins never remounts it (its notice stays visible).
 */
export function SkinLayout() {
  const { preferences } = useViewer();
  const { skin, textOnly } = preferences;
  const { pathname } = useLocation();
  const atHome = pathname === '/';
  // A new page starts at its top, as a page load would (the browser keeps the old scroll otherwise).
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  const leftMenu = skin === 'LEFT_MENU';
  return (
    <SkinContext.Provider value={{ skin, textOnly }}>
      <div
        data-test-id="layout"
        data-skin={skin}
        data-text-only={String(textOnly)}
        className="flex min-h-screen flex-col"
      >
        <ImpersonationBanner />
        <PreviewBanner />
        <EmailVerificationBanner />
        <Header />
        {skin === 'EXPRESSIA' ? <ExpressiaBar /> : null}
        <div className={leftMenu ? 'flex flex-1 flex-col md:flex-row' : 'flex flex-1 flex-col'}>
          {leftMenu ? <SideMenu /> : null}
          <main className="min-w-0 flex-1 px-4 py-6 sm:px-8 sm:py-8">
            <div className={skin === 'NO_MENU' ? 'mx-auto max-w-5xl' : 'mx-auto max-w-6xl'}>
              {skin === 'NO_MENU' && !atHome ? <HomeLink /> : null}
              <Outlet />
            </div>
          </main>
        </div>
      </div>
    </SkinContext.Provider>
  );
}
