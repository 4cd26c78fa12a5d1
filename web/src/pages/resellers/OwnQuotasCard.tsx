import { useQuery } from '@apollo/client';
import { Card, LoadError, Loading } from '../../components/Page';
import { useT } from '../../i18n/I18nProvider';
import { ResellerQuotaTable } from './ResellerQuotaTable';
import { OwnQuotasQuery } from './resellers.operations';

/** A reseller admin's home: its company's quotas from its reseller plan (none: the card stays away). */
export function OwnQuotasCard() {
  const t = useT();
  const { data, error, refetch } = useQuery(OwnQuotasQuery, { fetchPolicy: 'cache-and-network' });
  const quotas = data?.viewer?.reseller.quotas;
  if (quotas && quotas.length === 0) return null;
  return (
    <Card title={t('quotas.ownTitle')} testId="own-quotas" flush>
      {quotas ? (
        <>
          <p className="px-5 pt-3 text-xs text-muted sm:px-6">{t('quotas.ownIntro')}</p>
          <ResellerQuotaTable quotas={quotas} />
        </>
      ) : error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <Loading />
      )}
    </Card>
  );
}
