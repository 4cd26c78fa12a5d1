import { useMutation } from '@apollo/client';
import { useState, type RefObject } from 'react';
import { Link } from 'react-router';
import { Icon } from '../components/Icon';
import { useT } from '../i18n/I18nProvider';
import { BrandMark } from '../brand/BrandMark';
import { useSession, useViewer } from '../session/SessionContext';
import { LogoutMutation, SwitchAccountMutation } from './header.operations';
import { markLeaving } from '../session/leaving';
import { useEndImpersonation } from '../session/useEndImpersonation';
import { NEW_TICKET_PATH } from '../pages/support/pageIds';
import { canUse } from './navigation';
import { useSkin } from './SkinContext';

/** The button that opens the navigation drawer on narrow screens (skins with a menu only). */
export interface HeaderMenu {
  ref: RefObject<HTMLButtonElement | null>;
  open: boolean;
  /** The id of the drawer it opens. */
  controls: string;
  onToggle(): void;
}

/**
 * The bar on top of every skin: the menu button (narrow screens), company, account switcher, help (a
 * new ticket, from any page), who is signed in, log out.
 */
export function Header({ menu }: { menu?: HeaderMenu }) {
  const t = useT();
  const viewer = useViewer();
  const { logoUrl } = useSession().branding.theme;
  const { textOnly } = useSkin();
  const [switchAccount, switching] = useMutation(SwitchAccountMutation);
  const [logout, loggingOut] = useMutation(LogoutMutation);
  const leave = useEndImpersonation();
  const [switchError, setSwitchError] = useState<string | null>(null);

  async function onSwitch(accountId: string) {
    setSwitchError(null);
    try {
      await switchAccount({ variables: { accountId } });
    } catch (e) {
      setSwitchError(e instanceof Error ? e.message : String(e));
    }
  }

  async function onLogout() {
    // Signed in as someone else: logging out ends that session and goes back to the admin's own panel.
    if (viewer.impersonator) return leave.end();
    markLeaving();
    try {
      await logout();
    } finally {
      // A full load drops everything cached for this user.
      window.location.assign('/login');
    }
  }

  return (
    <header className="bg-chrome text-chrome-text">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        {menu ? (
          <button
            ref={menu.ref}
            type="button"
            data-test-id="menu-button"
            aria-expanded={menu.open}
            aria-controls={menu.controls}
            onClick={menu.onToggle}
            className="order-first -mr-3 inline-flex items-center gap-1.5 rounded-md border border-white/15 px-2.5 py-1.5 text-sm text-chrome-text hover:bg-white/10"
          >
            <Icon name="menu" className="size-5" />
            {textOnly ? t('nav.menu') : <span className="sr-only">{t('nav.menu')}</span>}
          </button>
        ) : null}
        <div className="order-1 flex min-w-0 items-center gap-2.5">
          <BrandMark logoUrl={logoUrl} companyName={viewer.reseller.name} size="header" />
          <div className="min-w-0 leading-tight">
            {/* With a logo, the name is the logo's alternative text; the text stays for the test hook only. */}
            <div
              data-test-id="company-name"
              className={logoUrl ? 'sr-only' : 'truncate text-base font-semibold text-white'}
              aria-hidden={logoUrl ? true : undefined}
            >
              {viewer.reseller.name}
            </div>
            <div className="text-xs text-chrome-muted">{t('app.tagline')}</div>
          </div>
        </div>

        {viewer.accounts.length > 0 ? (
          <label className="order-3 flex w-full items-center gap-2 text-xs text-chrome-muted sm:order-2 sm:ml-auto sm:w-auto">
            <span className="hidden lg:inline">{t('header.activeAccount')}</span>
            <select
              data-test-id="account-switcher"
              aria-label={t('header.activeAccount')}
              className="w-full rounded-md border border-white/15 bg-chrome-soft px-2 py-1.5 text-sm text-white focus:border-brand-300 focus:outline-none sm:w-auto sm:max-w-60"
              value={viewer.activeAccount?.id ?? ''}
              disabled={switching.loading}
              onChange={(e) => void onSwitch(e.target.value)}
              title={switchError ?? undefined}
            >
              {viewer.activeAccount ? null : <option value="">—</option>}
              {viewer.accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {t('header.accountOption', { id: a.id, name: a.name })}
                </option>
              ))}
            </select>
          </label>
        ) : null}

        <div
          className={`order-2 ml-auto flex items-center gap-3 sm:order-3 ${viewer.accounts.length > 0 ? 'sm:ml-0' : ''}`}
        >
          <div className="flex items-center gap-2 text-sm">
            {textOnly ? null : (
              <span className="hidden size-8 place-items-center rounded-full bg-chrome-soft text-chrome-muted sm:grid">
                <Icon name="user" className="size-4" />
              </span>
            )}
            <span className="sr-only">{t('header.signedInAs')}</span>
            <span data-test-id="viewer-login" className="font-medium text-white">
              {viewer.user.login}
            </span>
          </div>

          {canUse('support', viewer) ? (
            <Link
              to={NEW_TICKET_PATH}
              data-test-id="header-help"
              className="inline-flex items-center gap-1.5 rounded-md border border-white/15 px-3 py-1.5 text-sm text-chrome-text hover:bg-white/10"
            >
              {t('header.help')}
            </Link>
          ) : null}
          <button
            type="button"
            data-test-id="logout"
            onClick={() => void onLogout()}
            disabled={loggingOut.loading || leave.busy}
            className="inline-flex items-center gap-1.5 rounded-md border border-white/15 px-3 py-1.5 text-sm text-chrome-text hover:bg-white/10"
          >
            <Icon name="logout" className="size-4" />
            {t('header.logout')}
          </button>
        </div>
      </div>
    </header>
  );
}
