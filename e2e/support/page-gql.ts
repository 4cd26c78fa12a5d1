import type { Page } from 'playwright-core';

/**
 * A GraphQL request made by the page itself: its own host (which picks the company) and its session
 * cookie, as the panel's own requests are. Answers `data`; throws with the errors' messages.
 */
export async function gqlInPage<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await page.evaluate(
    async ([q, v]) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return (await res.json()) as { data?: unknown; errors?: { message: string }[] };
    },
    [query, variables] as const,
  );
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}
