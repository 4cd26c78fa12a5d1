import { useMutation } from '@apollo/client';
import { useEffect, useState } from 'react';
import { CheckboxField } from '../../components/Field';
import { useT } from '../../i18n/I18nProvider';
import { SetSiteHttpsMutation } from './ssl.operations';

interface SslHttpsSwitchesProps {
  siteId: string;
  redirect: boolean;
  hsts: boolean;
  /** Only once a certificate serves: a redirect to HTTPS without one would break the site. */
  enabled: boolean;
  onDone(message: string): void;
  onError(error: unknown): void;
}

/**
 * The site's HTTPS switches (`ssl-https`): redirect plain HTTP to HTTPS (`ssl-redirect`) and send
 * HSTS (`ssl-hsts`). Each change saves both at once; the web server is rewritten by a task.
 */
export function SslHttpsSwitches({ siteId, redirect, hsts, enabled, onDone, onError }: SslHttpsSwitchesProps) {
  const t = useT();
  const [save, saving] = useMutation(SetSiteHttpsMutation);
  // The boxes show the click at once; the site's answer (or, on an error, the stored values) follows.
  const [shown, setShown] = useState({ redirect, hsts });
  useEffect(() => setShown({ redirect, hsts }), [redirect, hsts]);
  const set = (next: { redirect: boolean; hsts: boolean }) => {
    setShown(next);
    return save({ variables: { siteId, input: next } }).then(
      () => onDone(t('ssl.https.saved')),
      (err: unknown) => {
        setShown({ redirect, hsts });
        onError(err);
      },
    );
  };
  const disabled = !enabled || saving.loading;

  return (
    <fieldset
      className="space-y-3 rounded-lg border border-line p-4"
      data-test-id="ssl-https"
      data-enabled={enabled ? 'true' : 'false'}
      disabled={disabled}
    >
      <legend className="px-1 text-sm font-semibold text-ink">{t('ssl.https.title')}</legend>
      {enabled ? null : (
        <p className="text-xs text-muted" data-test-id="ssl-https-needs-certificate">
          {t('ssl.https.needsCertificate')}
        </p>
      )}
      <CheckboxField
        testId="ssl-redirect"
        label={t('ssl.https.redirect')}
        hint={t('ssl.https.redirectHint')}
        checked={shown.redirect}
        disabled={disabled}
        onChange={(e) => void set({ ...shown, redirect: e.target.checked })}
      />
      <CheckboxField
        testId="ssl-hsts"
        label={t('ssl.https.hsts')}
        hint={t('ssl.https.hstsHint')}
        checked={shown.hsts}
        disabled={disabled}
        onChange={(e) => void set({ ...shown, hsts: e.target.checked })}
      />
    </fieldset>
  );
}
