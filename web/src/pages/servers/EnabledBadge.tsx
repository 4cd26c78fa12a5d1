import { Badge } from '../../components/Badge';
import { useT } from '../../i18n/I18nProvider';

/** Whether a logical server takes new resources. */
export function EnabledBadge({ enabled }: { enabled: boolean }) {
  const t = useT();
  return (
    <Badge tone={enabled ? 'green' : 'gray'} value={enabled ? 'ENABLED' : 'DISABLED'}>
      {enabled ? t('logical.enabled') : t('logical.disabled')}
    </Badge>
  );
}
