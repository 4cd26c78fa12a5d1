import type { ReactNode } from 'react';

interface FilterSelectProps {
  testId: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** The first option, meaning "no filter" (value ""). */
  allLabel: string;
  children: ReactNode;
}

/** A labelled select above a list that narrows it; its first option shows everything. */
export function FilterSelect({ testId, label, value, onChange, allLabel, children }: FilterSelectProps) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-muted">{label}</span>
      <select data-test-id={testId} className="input w-auto" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {children}
      </select>
    </label>
  );
}
