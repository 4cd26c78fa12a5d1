import { useMutation } from '@apollo/client';
import { useCallback, useEffect, useState } from 'react';
import type { MysqlQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { RefreshMysqlSizesMutation } from './mysql.operations';
import { sizeSnapshot, sizesRefreshed, type SizeSnapshot } from './sizeRefresh';

/** How long the page follows a refresh; a busy server's answer shows on the next visit instead. */
const FOLLOW_MS = 30_000;

interface Messages {
  done(message: string): void;
  failed(error: unknown): void;
}

/**
 * "Refresh sizes": queues the task, then reports `refreshing` (the page polls meanwhile) until the
 * databases' sizeCheckedAt moves, or for at most FOLLOW_MS.
 */
export function useSizeRefresh(
  accountId: string,
  databases: MysqlQuery['mysqlDatabases'] | undefined,
  messages: Messages,
) {
  const t = useT();
  const [refresh, mutation] = useMutation(RefreshMysqlSizesMutation);
  const [asked, setAsked] = useState<{ accountId: string; before: SizeSnapshot } | null>(null);
  const following = asked?.accountId === accountId ? asked : null;
  const done = !!following && !!databases && sizesRefreshed(following.before, databases);
  const { done: notify, failed } = messages;

  useEffect(() => {
    if (!following) return undefined;
    if (done) {
      setAsked(null);
      notify(t('mysql.sizesRefreshed'));
      return undefined;
    }
    const timer = setTimeout(() => {
      setAsked(null);
      notify(t('mysql.sizesStillPending'));
    }, FOLLOW_MS);
    return () => clearTimeout(timer);
  }, [following, done, notify, t]);

  const start = useCallback(async () => {
    if (!databases) return;
    // Before asking: a poll answered meanwhile could already show the new figures.
    const before = sizeSnapshot(databases);
    try {
      await refresh({ variables: { accountId } });
      setAsked({ accountId, before });
    } catch (err) {
      failed(err);
    }
  }, [accountId, databases, refresh, failed]);

  return { refreshing: mutation.loading || (!!following && !done), start };
}
