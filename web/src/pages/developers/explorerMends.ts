import { useEffect, type RefObject } from 'react';

/** What the mends name, in the panel's language. */
export interface MendLabels {
  response: string;
}

/**
 * Mends what axe finds wrong in GraphiQL 4's markup (a third party's, rendered into the explorer
 * page), each time GraphiQL adds or changes it:
 * - its CodeMirror editors' input textareas have no name: each gets its section's ("Query Editor",
 *   "Variables", "Headers") or, in the result pane, "Response";
 * - an operation tab is an `li` with role tab around its own buttons (nested interactive controls):
 *   the tab role and its selected state move to the button that selects it;
 * - the editors' scroll boxes cannot be reached by keyboard: they join the tab order, so the keys
 *   scroll them (WCAG 2.1.1).
 * Colours are mended in explorer.css.
 */
export function mendExplorer(root: HTMLElement, labels: MendLabels): void {
  // Only what differs is written: every write is a mutation the observer below would see again.
  const set = (el: Element, name: string, value: string) => {
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  };
  for (const area of root.querySelectorAll<HTMLTextAreaElement>('textarea:not([aria-label])')) {
    const name =
      area.closest('section[aria-label]')?.getAttribute('aria-label') ??
      (area.closest('.graphiql-response') ? labels.response : null);
    if (name) set(area, 'aria-label', name);
  }
  for (const tab of root.querySelectorAll<HTMLElement>('li.graphiql-tab')) {
    const select = tab.querySelector<HTMLElement>('.graphiql-tab-button');
    if (!select) continue;
    set(tab, 'role', 'presentation');
    set(select, 'role', 'tab');
    const selected = tab.getAttribute('aria-selected');
    if (selected !== null) {
      set(select, 'aria-selected', selected);
      tab.removeAttribute('aria-selected');
    }
  }
  for (const scroller of root.querySelectorAll<HTMLElement>('.CodeMirror-scroll[tabindex="-1"]'))
    scroller.setAttribute('tabindex', '0');
}

/** Keeps `mendExplorer` applied to what GraphiQL renders under `ref`. */
export function useExplorerMends(ref: RefObject<HTMLElement | null>, labels: MendLabels): void {
  const { response } = labels;
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const mend = () => mendExplorer(root, { response });
    mend();
    const observer = new MutationObserver(mend);
    // Attributes too: React sets aria-selected on the tab again when another one is chosen.
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-selected', 'role'],
    });
    return () => observer.disconnect();
  }, [ref, response]);
}
