import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldShell {
  /** The API field name: errors show as `error-<name>`. */
  name: string;
  label: ReactNode;
  testId: string;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
}

function FieldFrame({
  id,
  name,
  label,
  error,
  hint,
  className,
  children,
}: FieldShell & { id: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" data-test-id={`error-${name}`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type TextFieldProps = FieldShell &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'className' | 'prefix'> & {
    /** Fixed text in front of the value, e.g. the account prefix of a database name (`<testId>-prefix`). */
    prefix?: string;
  };

/** A labelled input with its hint and its error underneath. */
export function TextField({ name, label, testId, error, hint, className, prefix, ...input }: TextFieldProps) {
  const id = useId();
  const field = (
    <input
      id={id}
      name={name}
      data-test-id={testId}
      className={prefix ? 'input rounded-l-none' : 'input'}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
      {...input}
    />
  );
  return (
    <FieldFrame id={id} name={name} label={label} testId={testId} error={error} hint={hint} className={className}>
      {prefix ? (
        <div className="flex">
          <span
            data-test-id={`${testId}-prefix`}
            className="inline-flex items-center rounded-l-lg border border-r-0 border-line bg-slate-50 px-3 font-mono text-sm text-muted"
          >
            {prefix}
          </span>
          {field}
        </div>
      ) : (
        field
      )}
    </FieldFrame>
  );
}

type TextAreaFieldProps = FieldShell & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'className'>;

/** A labelled multi-line input (notes, lists of addresses). */
export function TextAreaField({ name, label, testId, error, hint, className, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} name={name} label={label} testId={testId} error={error} hint={hint} className={className}>
      <textarea
        id={id}
        name={name}
        data-test-id={testId}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        {...textarea}
      />
    </FieldFrame>
  );
}

type SelectFieldProps = FieldShell &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'className'> & { children: ReactNode };

export function SelectField({ name, label, testId, error, hint, className, children, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} name={name} label={label} testId={testId} error={error} hint={hint} className={className}>
      <select
        id={id}
        name={name}
        data-test-id={testId}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        {...select}
      >
        {children}
      </select>
    </FieldFrame>
  );
}

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className'> {
  label: ReactNode;
  hint?: ReactNode;
  testId: string;
}

export function CheckboxField({ label, hint, testId, ...input }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="flex items-start gap-3">
      <input id={id} type="checkbox" data-test-id={testId} className="checkbox mt-0.5 shrink-0" {...input} />
      <label htmlFor={id} className="text-sm">
        <span className="font-medium text-ink">{label}</span>
        {hint ? <span className="block text-xs text-muted">{hint}</span> : null}
      </label>
    </div>
  );
}
