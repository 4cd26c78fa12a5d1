import type { LogicalServerFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';

const MB = 1024 * 1024;

/** A logical server's load against its limits: accounts, databases, disk, running tasks. */
export function ServerLoadFigures({ server }: { server: LogicalServerFieldsFragment }) {
  const { t, formatBytes } = useI18n();
  const { load } = server;
  const unlimited = t('logical.unlimited');
  const figures = [
    {
      id: 'accounts',
      label: t('logical.load.accounts'),
      value: `${load.accounts} / ${server.maxAccounts ?? unlimited}`,
    },
    { id: 'databases', label: t('logical.load.databases'), value: String(load.databases) },
    {
      id: 'disk',
      label: t('logical.load.disk'),
      value: `${formatBytes(load.diskBytes)} / ${server.maxDiskMb === null ? unlimited : formatBytes(server.maxDiskMb * MB)}`,
    },
    { id: 'tasks', label: t('logical.load.tasks'), value: `${load.runningTasks} / ${server.maxTasks}` },
  ];
  return (
    <dl className="grid grid-cols-[auto_auto] gap-x-3 text-xs whitespace-nowrap" data-test-id="logical-server-load">
      {figures.map((f) => (
        <div key={f.id} className="contents">
          <dt className="text-muted">{f.label}</dt>
          <dd className="font-medium tabular-nums" data-test-id={`load-${f.id}`}>
            {f.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
