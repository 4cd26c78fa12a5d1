import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { useViewer } from '../session/SessionContext';
import { ExpressiaBar } from './ExpressiaBar';
import { Header } from './Header';
import { HomeLink } from './HomeLink';
import { EmailVerificationBanner } from './EmailVerificationBanner';
import { ImpersonationBanner } from './ImpersonationBanner';
import { NavDrawer } from './NavDrawer';
import { PreviewBanner } from './PreviewBanner';
import { SideMenu } from './SideMenu';
import { SkinContext } from './SkinContext';
import { focusPageHeading } from './pageHeading';
import { useNarrowScreen } from './useNarrowScreen';

const MAIN_ID = 'main-content';
const DRAWER_ID = 'nav-drawer';

/**
 * The signed-in frame. Skins decide layout and navigation only: the side menu (LEFT_MENU), the
 * navigation bar (EXPRESSIA) or nothing but a Home link (NO_MENU); on narrow screens the menu of the
 * first two opens as a drawer from a button in the header. The page keeps its place in the tree
 * whatever the skin, so switching skins never remounts it (its notice stays visible).
 */
export function SkinLayout() {
  const t = useT();
  const { preferences } = useViewer();
  const { skin, textOnly } = preferences;
  const { pathname } = useLocation();
  const atHome = pathname === '/';
  const narrow = useNarrowScreen();
  const hasMenu = skin !== 'NO_MENU';
  const [drawerOpen, setDrawerOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  // A new page starts at its top, as a page load would (the browser keeps the old scroll otherwise);
  // after a move inside the panel (not on the first load) focus goes to the new page's heading, so a
  // keyboard or screen reader user starts there rather than on the link they left.
  useEffect(() => {
    window.scrollTo(0, 0);
    setDrawerOpen(false);
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    return mainRef.current ? focusPageHeading(mainRef.current) : undefined;
  }, [pathname]);

  // A drawer left open while the window grows into the wide layout has nothing left to show.
  useEffect(() => {
    if (!narrow) setDrawerOpen(false);
  }, [narrow]);

  function skipToContent(e: MouseEvent<HTMLAnchorElement>) {
    // Focus, not the URL's fragment: the router's location stays as it is. The main content takes
    // focus for this once only, so that a click on its text does not move the focus there later.
    e.preventDefault();
    const main = mainRef.current;
    if (!main) return;
    main.setAttribute('tabindex', '-1');
    main.addEventListener('blur', () => main.removeAttribute('tabindex'), { once: true });
    main.focus();
    main.scrollIntoView();
  }

  const leftMenu = skin === 'LEFT_MENU';
  const drawer = hasMenu && narrow;
  return (
    <SkinContext.Provider value={{ skin, textOnly }}>
      <div
        data-test-id="layout"
        data-skin={skin}
        data-text-only={String(textOnly)}
        className="flex min-h-screen flex-col"
      >
        <a href={`#${MAIN_ID}`} data-test-id="skip-link" className="skip-link" onClick={skipToContent}>
          {t('nav.skipToContent')}
        </a>
        <ImpersonationBanner />
        <PreviewBanner />
        <EmailVerificationBanner />
        <Header
          menu={
            drawer
              ? { ref: menuButton, open: drawerOpen, controls: DRAWER_ID, onToggle: () => setDrawerOpen((o) => !o) }
              : undefined
          }
        />
        {skin === 'EXPRESSIA' && !narrow ? <ExpressiaBar /> : null}
        {drawer ? (
          <NavDrawer
            id={DRAWER_ID}
            open={drawerOpen}
            onClose={(how) => {
              setDrawerOpen(false);
              if (how === 'dismiss') menuButton.current?.focus();
            }}
          />
        ) : null}
        <div className="flex flex-1">
          {leftMenu && !narrow ? <SideMenu /> : null}
          <main
            ref={mainRef}
            id={MAIN_ID}
            data-test-id="main"
            className="min-w-0 flex-1 px-4 py-6 focus:outline-none sm:px-8 sm:py-8"
          >
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
