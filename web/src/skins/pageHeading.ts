/** How long a page may take to show its heading (its chunk and first data) before focus stops waiting. */
const WAIT_MS = 10_000;

function heading(main: HTMLElement): HTMLElement | null {
  return main.querySelector<HTMLElement>('h1[tabindex="-1"]');
}

/**
 * Moves focus to the page heading (`<h1 tabIndex={-1}>`) inside `main`, now or as soon as the page
 * renders it, unless the person has focused something else in the meantime. Returns the cleanup.
 */
export function focusPageHeading(main: HTMLElement): () => void {
  const focusedBefore = document.activeElement;
  const tryFocus = (): boolean => {
    const h1 = heading(main);
    if (!h1) return false;
    // Someone who clicked or typed elsewhere while the page loaded keeps their place.
    if (document.activeElement === focusedBefore || document.activeElement === document.body || !document.activeElement)
      h1.focus({ preventScroll: true });
    return true;
  };
  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = window.setTimeout(() => stop(), WAIT_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(main, { childList: true, subtree: true });
  return stop;
}
