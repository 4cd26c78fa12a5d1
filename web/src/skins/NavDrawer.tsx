import { useEffect, useRef } from 'react';
import { Icon } from '../components/Icon';
import { useT } from '../i18n/I18nProvider';
import { NavGroups } from './SideMenu';

interface NavDrawerProps {
  id: string;
  open: boolean;
  /**
   * The drawer closes: dismissed (Escape, a click beside it, its close button), where focus goes back
   * to the menu button; or by following a link, where the new page's heading takes the focus.
   */
  onClose(how: 'dismiss' | 'navigate'): void;
}

/**
 * The navigation of the skins with a menu, on narrow screens: a modal `<dialog>` sliding from the
 * left (`nav-drawer`). The browser moves focus into it, keeps Tab inside and closes it on Escape; a
 * click on the backdrop closes it too. Its links are rendered only while it is open, so a page holds
 * each `nav-<id>` once.
 */
export function NavDrawer({ id, open, onClose }: NavDrawerProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  // Set while a followed link closes the drawer, so its `close` event is not taken for a dismissal.
  const navigating = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      navigating.current = false;
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  const dismiss = () => onClose('dismiss');
  const navigate = () => {
    // Closed at once, before the route changes, so the new page's heading can take the focus after it.
    navigating.current = true;
    ref.current?.close();
    onClose('navigate');
  };
  return (
    <dialog
      ref={ref}
      id={id}
      aria-label={t('nav.menu')}
      data-test-id="nav-drawer"
      // Escape: the browser closes the dialog; the state follows.
      onClose={() => {
        if (!navigating.current) dismiss();
      }}
      // The dialog box itself is only hit beside the panel (its backdrop): the panel fills it.
      onClick={(e) => {
        if (e.target === e.currentTarget) dismiss();
      }}
      className="fixed inset-y-0 right-auto left-0 m-0 h-full max-h-none w-80 max-w-[85vw] bg-transparent p-0 backdrop:bg-slate-900/50"
    >
      {open ? (
        <div className="flex h-full flex-col overflow-y-auto border-r border-line bg-surface shadow-xl">
          <div className="flex items-center justify-between border-b border-line px-4 py-3">
            <span className="text-sm font-semibold text-ink">{t('nav.menu')}</span>
            <button type="button" data-test-id="nav-drawer-close" className="btn btn-ghost btn-sm" onClick={dismiss}>
              <Icon name="close" className="size-4" />
              {t('nav.closeMenu')}
            </button>
          </div>
          <nav aria-label={t('nav.main')} className="flex flex-col gap-5 p-4">
            <NavGroups onNavigate={navigate} />
          </nav>
        </div>
      ) : null}
    </dialog>
  );
}
