/**
 * After a failed submit, focus goes to the first thing to fix: the first invalid field (`aria-invalid`)
 * or the form's error box, whichever comes first, in the form that was sent (else the page).
 */

let submitted: HTMLFormElement | null = null;

// The form a submit event came from, for the handler React runs for it in the same turn.
if (typeof document !== 'undefined') {
  document.addEventListener(
    'submit',
    (e) => {
      submitted = e.target instanceof HTMLFormElement ? e.target : null;
      setTimeout(() => {
        submitted = null;
      });
    },
    true,
  );
}

export const FIRST_ERROR = '[aria-invalid="true"], [data-test-id="form-error"]';

/** The form being sent now: the one whose submit event is being handled, or the one holding the focus. */
export function sendingForm(): HTMLElement | null {
  if (typeof document === 'undefined') return null;
  return submitted ?? document.activeElement?.closest('form') ?? null;
}

/** Focuses the first error in `scope` (else in the page's main content); false when there is none. */
export function focusFirstError(scope: HTMLElement | null): boolean {
  const target =
    scope?.querySelector<HTMLElement>(FIRST_ERROR) ?? document.querySelector<HTMLElement>(`main ${FIRST_ERROR}`);
  if (!target) return false;
  // The error box is a message, not a control: focusable from script only.
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
  return true;
}
