import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { focusFirstError, sendingForm } from './firstError';
import { formErrorsFrom, noErrors, type FormErrors } from './formErrors';

/**
 * Runs a form's mutation, tracking busy state and the errors to show. Resolves true on success; on
 * failure, once the errors show, focus moves to the first of them in the form that was sent.
 */
export function useFormSubmit(knownFields: readonly string[]) {
  const t = useT();
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  // The form whose errors are about to show, until they have and its first one has the focus.
  const failedForm = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const form = failedForm.current;
    if (!form) return;
    failedForm.current = null;
    focusFirstError(form.isConnected ? form : null);
  }, [errors]);

  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      const form = sendingForm();
      setBusy(true);
      setErrors(noErrors);
      try {
        await action();
        return true;
      } catch (error) {
        failedForm.current = form ?? document.body;
        setErrors(formErrorsFrom(error, knownFields, t));
        return false;
      } finally {
        setBusy(false);
      }
    },
    // knownFields is a constant list per form.
    [t],
  );

  return { errors, setErrors, busy, run };
}
