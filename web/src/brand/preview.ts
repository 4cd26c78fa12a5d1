import { useSyncExternalStore } from 'react';

/**
 * Previewing the draft theme: a flag in this tab's sessionStorage, so the admin sees the draft on the
 * real panel while other tabs (and everyone else) keep the published theme. The API decides what
 * the flag shows: only an admin of the company gets its draft.
 */
const KEY = 'brandPreview';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return window.sessionStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function write(on: boolean): void {
  try {
    if (on) window.sessionStorage.setItem(KEY, '1');
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the preview simply does not stick.
  }
  for (const l of listeners) l();
}

export const startPreview = (): void => write(true);
export const leavePreview = (): void => write(false);

/** Whether this tab previews the draft; re-renders when it starts or stops. */
export function usePreviewFlag(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    read,
    () => false,
  );
}
