import { useMutation } from '@apollo/client';
import { useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { ImpersonateUserMutation } from './impersonation.operations';

interface LogInAsButtonProps {
  user: { id: string; login: string };
  /** Why the API refused (the company is suspended, …), for the page to show. */
  onError(error: unknown): void;
  disabled?: boolean;
  title?: string;
}

/** "Log in as" (support): asks for the user's one-time link and opens it; their panel signs the admin in as them. */
export function LogInAsButton({ user, onError, disabled, title }: LogInAsButtonProps) {
  const t = useT();
  const [impersonate] = useMutation(ImpersonateUserMutation);
  const [busy, setBusy] = useState(false);

  async function onClick() {
    setBusy(true);
    try {
      const url = (await impersonate({ variables: { userId: user.id } })).data?.impersonateUser;
      // The user's panel may be on another host: a full load there, which takes the token from the fragment.
      if (url) window.location.assign(url);
      else setBusy(false);
    } catch (err) {
      setBusy(false);
      onError(err);
    }
  }

  return (
    <button
      type="button"
      data-test-id="log-in-as"
      data-login={user.login}
      aria-label={t('impersonation.logInAsLabel', { login: user.login })}
      title={title}
      className="btn btn-secondary btn-sm"
      disabled={busy || disabled}
      onClick={() => void onClick()}
    >
      {t('impersonation.logInAs')}
    </button>
  );
}
