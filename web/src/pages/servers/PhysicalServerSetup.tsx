import { useMutation } from '@apollo/client';
import { useEffect, useRef } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { useT } from '../../i18n/I18nProvider';
import { CheckPhysicalServerMutation } from './servers.operations';

/** How often the page asks the panel to check a machine that has not answered yet. */
const CHECK_MS = 5000;

/**
 * Asks the panel to check the machine every few seconds while `active` (one call at a time), so the
 * page notices when the setup command has run and the machine answers. Failures are expected until then.
 */
export function useCheckWhile(id: string, active: boolean, intervalMs = CHECK_MS): void {
  // Apollo keeps the mutate function the same across renders, so polling does not restart the timer.
  const [check] = useMutation(CheckPhysicalServerMutation);
  useEffect(() => {
    if (!active) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      timer = setTimeout(() => {
        void check({ variables: { id } })
          .catch(() => undefined)
          .finally(() => {
            if (!stopped) next();
          });
      }, intervalMs);
    };
    next();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active, check, id, intervalMs]);
}

/** The command that installs the agent on a new SSH machine, to run as root there (`physical-server-setup-command`). */
export function SetupCommand({ command, sshUser }: { command: string; sshUser: string }) {
  const t = useT();
  const shown = useRef<HTMLElement>(null);

  return (
    <section
      data-test-id="physical-server-setup"
      className="max-w-3xl space-y-3 rounded-xl border-2 border-brand-300 bg-brand-50 p-5 sm:p-6"
    >
      <h2 className="card-title">{t('physical.setupTitle')}</h2>
      <p className="text-sm text-ink">{t('physical.setupHint', { user: sshUser })}</p>
      <div className="flex items-start gap-2">
        <pre className="min-w-0 flex-1 rounded-lg bg-chrome px-4 py-3 text-xs break-all whitespace-pre-wrap text-chrome-text select-all">
          <code ref={shown} data-test-id="physical-server-setup-command">
            {command}
          </code>
        </pre>
        <CopyButton value={command} shown={shown} testId="physical-server-setup-copy" />
      </div>
      <p role="status" className="flex items-center gap-2 text-sm text-muted">
        <span
          className="size-4 animate-spin rounded-full border-2 border-brand-200 border-t-brand-600"
          aria-hidden="true"
        />
        {t('physical.setupWaiting')}
      </p>
    </section>
  );
}
