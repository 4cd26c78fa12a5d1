import { useMutation } from '@apollo/client';
import { useState } from 'react';
import { generalMessage } from '../components/formErrors';
import { Icon } from '../components/Icon';
import { useT } from '../i18n/I18nProvider';
import { useViewer } from '../session/SessionContext';
import { ResendVerificationMutation } from './emailVerification.operations';

/**
 * On top of every signed-in page until the viewer's e-mail address is verified: which address, and
 * sending the link again (a few times an hour: the API says when to try again).
 */
export function EmailVerificationBanner() {
  const t = useT();
  const { user } = useViewer();
  const [resend, { loading }] = useMutation(ResendVerificationMutation);
  const [message, setMessage] = useState<string | null>(null);
  if (user.emailVerifiedAt) return null;

  async function onResend() {
    setMessage(null);
    try {
      await resend();
      setMessage(t('verifyBanner.sent', { email: user.email }));
    } catch (err) {
      setMessage(generalMessage(err, t));
    }
  }

  return (
    <div
      role="status"
      data-test-id="verify-banner"
      className="flex flex-wrap items-center justify-center gap-x-4 gap-y-2 border-b border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-950"
    >
      <span className="inline-flex items-center gap-2">
        <Icon name="alert" className="size-4 shrink-0" />
        {message ?? t('verifyBanner.text', { email: user.email })}
      </span>
      <button
        type="button"
        data-test-id="verify-resend"
        className="rounded-md border border-sky-300 bg-white px-3 py-1 text-sm font-medium text-sky-950 hover:bg-sky-100 disabled:opacity-60"
        disabled={loading}
        onClick={() => void onResend()}
      >
        {t('verifyBanner.resend')}
      </button>
    </div>
  );
}
