import { Icon } from '../components/Icon';
import { useT } from '../i18n/I18nProvider';
import { useViewer } from '../session/SessionContext';
import { useEndImpersonation } from '../session/useEndImpersonation';

/** On top of every signed-in page while an admin is signed in as the viewer: who, and the way back. */
export function ImpersonationBanner() {
  const t = useT();
  const { user, impersonator } = useViewer();
  const { end, busy } = useEndImpersonation();
  if (!impersonator) return null;
  return (
    <div
      role="status"
      data-test-id="impersonation-banner"
      data-login={user.login}
      data-impersonator={impersonator.login}
      className="flex flex-wrap items-center justify-center gap-x-4 gap-y-2 bg-amber-300 px-4 py-2 text-sm text-amber-950"
    >
      <span className="inline-flex items-center gap-2 font-medium">
        <Icon name="alert" className="size-4 shrink-0" />
        {t('impersonation.banner', { login: user.login, admin: impersonator.login })}
      </span>
      <button
        type="button"
        data-test-id="impersonation-return"
        className="rounded-md bg-amber-950 px-3 py-1 text-sm font-medium text-amber-50 hover:bg-amber-900 disabled:opacity-60"
        disabled={busy}
        onClick={() => void end()}
      >
        {t('impersonation.return')}
      </button>
    </div>
  );
}
