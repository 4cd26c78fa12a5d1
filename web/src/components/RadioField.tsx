import { useId, type ReactNode } from 'react';

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  /** A line under the label that says what choosing it means. */
  hint?: ReactNode;
  disabled?: boolean;
}

interface RadioFieldProps<V extends string> {
  /** The API field name: the error shows as `error-<name>`. */
  name: string;
  legend: ReactNode;
  /** The group's test id; each choice is `<optionTestId><value>`. */
  testId: string;
  optionTestId: string;
  options: readonly RadioOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
  error?: string | undefined;
}

/**
 * One choice among a few, each with its label and a line of explanation (how a domain is added, how a
 * machine is reached, which drivers the first servers use), under a legend, with its error underneath.
 * The error marks the group invalid, so a failed submit moves the focus to it as to any other field.
 */
export function RadioField<V extends string>({
  name,
  legend,
  testId,
  optionTestId,
  options,
  value,
  onChange,
  error,
}: RadioFieldProps<V>) {
  const errorId = `${useId()}-error`;
  const firstEnabled = options.findIndex((o) => !o.disabled);
  return (
    <fieldset className="space-y-2" data-test-id={testId} aria-describedby={error ? errorId : undefined}>
      <legend className="field-label">{legend}</legend>
      {options.map((option, i) => (
        <label
          key={option.value}
          className={`flex items-start gap-3 text-sm ${option.disabled ? 'opacity-60' : 'cursor-pointer'}`}
        >
          <input
            type="radio"
            name={name}
            value={option.value}
            data-test-id={`${optionTestId}${option.value}`}
            className="mt-0.5"
            disabled={option.disabled}
            checked={value === option.value}
            aria-invalid={error && i === firstEnabled ? true : undefined}
            onChange={() => onChange(option.value)}
          />
          <span>
            <span className="font-medium text-ink">{option.label}</span>
            {option.hint ? <span className="block text-xs text-muted">{option.hint}</span> : null}
          </span>
        </label>
      ))}
      {error ? (
        <p id={errorId} className="field-error" data-test-id={`error-${name}`} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
