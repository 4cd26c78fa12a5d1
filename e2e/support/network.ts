import type { Page, Response } from 'playwright-core';

/**
 * Runs `action` and waits for the panel's GraphQL call to `mutation` (a Mutation field of schema.graphql)
 * to come back. A notice already on the page from an earlier save cannot then pass for this one.
 */
export async function afterMutation(page: Page, mutation: string, action: () => Promise<void>): Promise<Response> {
  const pattern = new RegExp(`\\b${mutation}\\s*\\(`);
  const response = page.waitForResponse(
    (r) =>
      new URL(r.url()).pathname === '/graphql' &&
      r.request().method() === 'POST' &&
      pattern.test(r.request().postData() ?? ''),
  );
  await action();
  return response;
}
