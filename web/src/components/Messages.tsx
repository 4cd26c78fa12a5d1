import { Icon } from './Icon';

/** The general error box of a form or page (`form-error`). Renders nothing without a message. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div
      role="alert"
      data-test-id="form-error"
      className="flex items-start gap-2 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
    >
      <Icon name="alert" className="mt-0.5 size-4 shrink-0" />
      <span>{message}</span>
    </div>
  );
}

/** A success message after an action (`notice`). */
export function Notice({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div
      role="status"
      data-test-id="notice"
      className="flex items-start gap-2 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-800"
    >
      <Icon name="check" className="mt-0.5 size-4 shrink-0" />
      <span>{message}</span>
    </div>
  );
}
