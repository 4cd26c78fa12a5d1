import { useCallback, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { formErrorsFrom, noErrors, type FormErrors } from './formErrors';

/** Runs a form's mutation, tracking busy state and the errors to show. Resolves true on success. */
export function useFormSubmit(knownFields: readonly string[]) {
  const t = useT();
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      setErrors(noErrors);
      try {
        await action();
        return true;
      } catch (error) {
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
