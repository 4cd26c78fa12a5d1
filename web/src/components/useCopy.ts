import { useCallback, useState } from 'react';

/**
 * Copies a value to the clipboard. Where the page may not (plain http has no `navigator.clipboard`,
 * or the person denied it), it selects the shown text instead and asks the browser to copy that, so
 * the value is at least ready for Ctrl+C. True when a copy was made.
 */
async function copyText(value: string, shown: HTMLElement | null): Promise<boolean> {
  try {
    if (window.isSecureContext && navigator.clipboard) {
      await navigator.clipboard.writeText(value);
      return true;
    }
  } catch {
    // Denied: fall through to the selection.
  }
  if (!shown) return false;
  if (shown instanceof HTMLInputElement || shown instanceof HTMLTextAreaElement) shown.select();
  else {
    const range = document.createRange();
    range.selectNodeContents(shown);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * The one copy-to-clipboard behaviour of the panel's "Copy" buttons: `copied` is null until the button
 * is used, then whether it worked (for the button's label or a status line); `reset` forgets it.
 */
export function useCopy(): {
  copied: boolean | null;
  copy: (value: string, shown?: HTMLElement | null) => Promise<void>;
  reset: () => void;
} {
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = useCallback(async (value: string, shown: HTMLElement | null = null) => {
    setCopied(await copyText(value, shown));
  }, []);
  const reset = useCallback(() => setCopied(null), []);
  return { copied, copy, reset };
}
