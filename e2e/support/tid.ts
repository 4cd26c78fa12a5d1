import type { Locator } from 'playwright-core';

/** CSS selector for a `data-test-id`, the only hook page objects use. */
export const tid = (id: string): string => `[data-test-id="${id}"]`;

/** The element's visible text, trimmed (waits for the element). */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).trim();
}
