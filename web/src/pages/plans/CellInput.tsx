import { useId, type InputHTMLAttributes } from 'react';

type CellInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> & {
  /** What the input holds, for screen readers: the column heading says it to the eye. */
  label: string;
  testId: string;
  /** The key the form shows this input's error by: `error-<errorKey>`. */
  errorKey: string;
  error?: string | undefined;
  /** Width of the cell's content, e.g. `max-w-32` for a percentage. */
  className?: string;
};

/** An input in a table cell of the plan editor, labelled by its column, with its error underneath. */
export function CellInput({ label, testId, errorKey, error, className = '', ...input }: CellInputProps) {
  const id = useId();
  return (
    <div className={`min-w-24 ${className}`}>
      <input
        id={id}
        aria-label={label}
        data-test-id={testId}
        className="input py-1.5 disabled:cursor-not-allowed disabled:bg-slate-50"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...input}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error" data-test-id={`error-${errorKey}`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
