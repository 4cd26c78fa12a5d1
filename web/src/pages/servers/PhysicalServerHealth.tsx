import { useMutation } from '@apollo/client';
import { Card } from '../../components/Page';
import type { PhysicalServerFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { HealthBadge } from './HealthBadge';
import { CheckPhysicalServerMutation } from './servers.operations';

interface HealthProps {
  server: PhysicalServerFieldsFragment;
  onDone(message: string): void;
  onError(error: unknown): void;
}

/** The machine's health as last checked, what was wrong, and a check on demand (`physical-server-check`). */
export function PhysicalServerHealth({ server, onDone, onError }: HealthProps) {
  const { t, formatDate } = useI18n();
  const [check, checking] = useMutation(CheckPhysicalServerMutation, { variables: { id: server.id } });

  async function checkNow() {
    try {
      const res = await check();
      const health = res.data?.checkPhysicalServer.health ?? server.health;
      onDone(t('physical.checked', { name: server.name, health: t(`serverHealth.${health}`) }));
    } catch (err) {
      onError(err);
    }
  }

  return (
    <Card
      title={t('physical.health')}
      className="max-w-3xl"
      testId="physical-server-health-card"
      aside={
        <button
          type="button"
          data-test-id="physical-server-check"
          className="btn btn-secondary btn-sm"
          disabled={checking.loading}
          onClick={() => void checkNow()}
        >
          {t('physical.checkNow')}
        </button>
      }
    >
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-muted">{t('physical.health')}</dt>
        <dd>
          <HealthBadge health={server.health} />
        </dd>
        <dt className="text-muted">{t('physical.healthCheckedAt')}</dt>
        <dd data-test-id="physical-server-health-checked">
          {server.healthCheckedAt ? formatDate(server.healthCheckedAt) : t('physical.never')}
        </dd>
        <dt className="text-muted">{t('physical.healthProblems')}</dt>
        <dd>
          {server.healthProblems.length ? (
            <ul className="list-disc space-y-1 pl-5 text-red-800" data-test-id="physical-server-problems">
              {server.healthProblems.map((problem, i) => (
                <li key={i} data-test-id="physical-server-problem">
                  {problem}
                </li>
              ))}
            </ul>
          ) : (
            <span className="text-muted">{server.healthCheckedAt ? t('physical.noProblems') : '—'}</span>
          )}
        </dd>
      </dl>
    </Card>
  );
}
