import { useCallback, useState } from 'react';

type Values = Record<string, string | boolean>;

/**
 * The values of a form, as the inputs hold them (text as strings, checkboxes as booleans).
 * `bind(name)` gives a text input or select its value and change handler; `check(name)` a checkbox's.
 */
export function useFormState<T extends Values>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = useCallback(<K extends keyof T>(name: K, value: T[K]) => setValues((v) => ({ ...v, [name]: value })), []);
  const bind = (name: { [K in keyof T]: T[K] extends string ? K : never }[keyof T]) => ({
    value: values[name] as string,
    onChange: (e: { target: { value: string } }) => set(name, e.target.value as T[typeof name]),
  });
  const check = (name: { [K in keyof T]: T[K] extends boolean ? K : never }[keyof T]) => ({
    checked: values[name] as boolean,
    onChange: (e: { target: { checked: boolean } }) => set(name, e.target.checked as T[typeof name]),
  });
  return { values, set, bind, check, reset: () => setValues(initial) };
}

/** A number input's text as an Int for the API: null when empty (the API says what is wrong with a bad figure). */
export function intOrNull(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

/** Optional text for the API: null when blank. */
export function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}
