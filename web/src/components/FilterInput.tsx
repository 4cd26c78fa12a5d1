import { useEffect, useState, type FormEvent } from 'react';

interface FilterInputProps {
  testId: string;
  label: string;
  placeholder?: string;
  value: string;
  /** Applied on Enter, or when the field is left changed. */
  onApply(value: string): void;
  inputMode?: 'numeric' | 'text';
  className?: string;
}

/** A labelled text filter above a list (an account ID, a name), next to the filter selects. */
export function FilterInput({
  testId,
  label,
  placeholder,
  value,
  onApply,
  inputMode = 'text',
  className = 'w-28',
}: FilterInputProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const apply = () => {
    if (draft.trim() !== value) onApply(draft.trim());
  };

  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        apply();
      }}
    >
      <label className="flex items-center gap-2 text-sm">
        <span className="text-muted">{label}</span>
        <input
          type="search"
          data-test-id={testId}
          className={`input ${className}`}
          inputMode={inputMode}
          placeholder={placeholder}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={apply}
        />
      </label>
    </form>
  );
}
