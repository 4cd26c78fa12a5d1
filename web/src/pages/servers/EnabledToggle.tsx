import { reportOutcome } from '../../components/PageMessages';
import { useMutation } from '@apollo/client';
import type { LogicalServerFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { SetLogicalServerEnabledMutation } from './servers.operations';

interface EnabledToggleProps {
  server: Pick<LogicalServerFieldsFragment, 'id' | 'name' | 'enabled'>;
  onDone(message: string): void;
  onError(error: unknown): void;
}

/** A switch: whether the server takes new resources (existing ones keep working either way). */
export function EnabledToggle({ server, onDone, onError }: EnabledToggleProps) {
  const t = useT();
  const [setEnabled, { loading }] = useMutation(SetLogicalServerEnabledMutation);

  function toggle() {
    const enabled = !server.enabled;
    return reportOutcome(
      { onDone, onError },
      () => setEnabled({ variables: { id: server.id, enabled } }),
      t(enabled ? 'logical.nowEnabled' : 'logical.nowDisabled', { name: server.name }),
    );
  }

  return (
    <button
      type="button"
      role="switch"
      aria-checked={server.enabled}
      aria-label={t('logical.enabledSwitch', { name: server.name })}
      data-test-id="logical-server-enabled"
      data-enabled={String(server.enabled)}
      disabled={loading}
      onClick={() => void toggle()}
      className="group inline-flex items-center gap-2 text-xs font-medium text-ink disabled:opacity-60"
    >
      <span className="relative inline-flex h-5 w-9 shrink-0 rounded-full bg-slate-300 transition-colors group-aria-checked:bg-emerald-500">
        <span className="absolute top-0.5 left-0.5 size-4 rounded-full bg-white shadow transition-transform group-aria-checked:translate-x-4" />
      </span>
      {server.enabled ? t('logical.enabled') : t('logical.disabled')}
    </button>
  );
}
