import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Layout } from '../pages/layout.page';
import { KnowledgeAdminPage, KnowledgeReaderPage } from '../pages/knowledge.page';
import { LoginPage, signIn } from '../pages/login.page';
import {
  createEndUser,
  createReseller,
  setupMasterAdmin,
  type MasterAdmin,
  type SeededReseller,
  type SeededUser,
} from '../support/api';
import { useE2E, type Session } from '../support/harness';
import { panelAt, resellerHost } from '../support/hosts';
import { skipReason } from '../support/prerequisites';
import { textOf } from '../support/tid';

const SLUG = 'point-your-domain-at-our-name-servers';
const BODY = [
  '## At your registrar',
  '',
  'Set the **name servers** of your domain to ours. [Read more](https://example.com/dns)',
  '',
  '<script>alert("x")</script> [bad](javascript:alert(1))',
].join('\n');

/** GraphQL from the browser's own page: its cookies and its host name (a reseller's panel). */
async function inPage<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    { query, variables },
  );
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/**
 * SUP-2 in the browser: the master admin writes and publishes an article; a customer finds it by
 * search and by the suggestions of "Ask a question", marks it helpful and records that it answered
 * the question; a reseller's public knowledge base is read on its own host without signing in.
 */
describe.skipIf(skipReason)('knowledge base', () => {
  const e2e = useE2E();
  let master: MasterAdmin;
  let customer: SeededUser;
  let reseller: SeededReseller;
  let admin: Session;
  let adminLayout: Layout;

  beforeAll(async () => {
    master = await setupMasterAdmin(e2e.url);
    customer = await createEndUser(master.client, { login: 'kbreader', accountName: 'Reader shop' });
    reseller = await createReseller(master.client, {
      name: 'Harbor Hosting',
      cpHost: resellerHost('kb1'),
      adminLogin: 'harbor-kb',
    });
    admin = await e2e.newSession();
    adminLayout = await signIn(admin.page, master);
  });

  it('the admin writes an article with a preview from the server and publishes it', async () => {
    await adminLayout.navigate('admin-knowledge');
    const kb = new KnowledgeAdminPage(admin.page);
    await kb.categoryName.fill('Domains');
    await kb.addCategory.click();
    await expect.poll(() => kb.categoryRows().count(), { timeout: 10_000 }).toBe(1);
    await kb.newArticle.click();
    await adminLayout.pageRoot('kb-article-editor').waitFor();
    await kb.title.fill('Point your domain at our name servers');
    await kb.body.fill(BODY);
    await kb.previewButton.click();
    await kb.preview.locator('h2').waitFor();
    // The preview is the server's renderer: the script is text, the javascript: link no link.
    expect(await kb.preview.locator('script').count()).toBe(0);
    expect(await kb.preview.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      'https://example.com/dns',
    ]);
    expect(await textOf(kb.preview)).toContain('<script>alert("x")</script>');
    await kb.save.click();
    await kb.publish.waitFor();
    await kb.publish.click();
    await expect.poll(() => kb.editorState.getAttribute('data-state'), { timeout: 10_000 }).toBe('PUBLISHED');
    await e2e.screenshot(admin.page, 'knowledge-base-editor');
  });

  it('a customer finds it by search, reads it safely and marks it helpful', async () => {
    const s = await e2e.newSession();
    const layout = await signIn(s.page, customer);
    await layout.navigate('knowledge');
    const reader = new KnowledgeReaderPage(s.page);
    await reader.searchFor('name server');
    await expect.poll(() => reader.slugs('kb-results-list'), { timeout: 10_000 }).toEqual([SLUG]);
    await e2e.screenshot(s.page, 'knowledge-base-search');
    await reader.results.getByText('Point your domain at our name servers').click();
    await layout.pageRoot('knowledge-article').waitFor();
    expect(await textOf(reader.articleTitle)).toBe('Point your domain at our name servers');
    expect(await reader.articleBody.locator('script').count()).toBe(0);
    expect(await reader.articleBody.locator('strong').innerText()).toBe('name servers');
    await reader.helpfulYes.click();
    await reader.helpfulThanks.waitFor();
    await e2e.screenshot(s.page, 'knowledge-base-article');
    const stats = await master.client.request<{ kbStats: { helpful: number; views: number } }>(
      `{ kbStats { helpful views } }`,
    );
    expect(stats.kbStats).toEqual({ helpful: 1, views: 1 });
  });

  it('a customer describing a problem gets the article suggested and says it answered the question', async () => {
    const s = await e2e.newSession();
    const layout = await signIn(s.page, customer);
    await layout.navigate('knowledge');
    const reader = new KnowledgeReaderPage(s.page);
    await reader.askSubject.fill('My domain does not resolve');
    await reader.askBody.fill('I think the name serv');
    await reader.suggestion(SLUG).waitFor({ timeout: 10_000 });
    await e2e.screenshot(s.page, 'knowledge-base-suggestions');
    await reader.suggestion(SLUG).getByRole('button').click();
    await s.page.getByText('Glad it helped').waitFor();
    const { kbStats } = await master.client.request<{ kbStats: { deflections: number } }>(
      `{ kbStats { deflections } }`,
    );
    expect(kbStats.deflections).toBe(1);

    // The admin's dashboard (home) and the knowledge base page show it.
    const kb = new KnowledgeAdminPage(admin.page);
    await adminLayout.navigate('home');
    await expect.poll(() => textOf(kb.statsFigure('deflections')), { timeout: 10_000 }).toBe('1');
    await adminLayout.navigate('admin-knowledge');
    await expect.poll(() => textOf(kb.statsFigure('deflections')), { timeout: 10_000 }).toBe('1');
    await e2e.screenshot(admin.page, 'knowledge-base-admin');
  });

  it('a reseller’s public knowledge base is read on its own host without signing in; the master’s stays closed', async () => {
    const resellerUrl = panelAt(e2e.url, reseller.cpHost);
    const rs = await e2e.newSession();
    const login = new LoginPage(rs.page);
    await login.open(resellerUrl);
    await login.signIn(reseller.admin);
    const category = await inPage<{ createKbCategory: { id: string } }>(
      rs.page,
      `mutation ($i: KbCategoryInput!) { createKbCategory(input: $i) { id } }`,
      { i: { name: 'Harbor help', language: 'EN' } },
    );
    const article = await inPage<{ createKbArticle: { id: string } }>(
      rs.page,
      `mutation ($i: KbArticleInput!) { createKbArticle(input: $i) { id } }`,
      { i: { categoryId: category.createKbCategory.id, title: 'Harbor mailboxes', body: 'Use **IMAP**.' } },
    );
    await inPage(rs.page, `mutation ($id: ID!) { publishKbArticle(id: $id) { id } }`, {
      id: article.createKbArticle.id,
    });
    await inPage(rs.page, `mutation { setKbSettings(publicKnowledgeBase: true) { publicKnowledgeBase } }`);

    const visitor = await e2e.newSession();
    await visitor.page.goto(new URL('kb', resellerUrl).href);
    const reader = new KnowledgeReaderPage(visitor.page);
    await expect.poll(() => reader.slugs('kb-articles'), { timeout: 10_000 }).toEqual(['harbor-mailboxes']);
    expect(await textOf(visitor.page.locator('[data-test-id="kb-public-home"]'))).toContain('Harbor Hosting');
    await visitor.page.getByText('Harbor mailboxes').click();
    await reader.articleTitle.waitFor();
    expect(visitor.page.url()).toBe(new URL('kb/harbor-mailboxes', resellerUrl).href);
    expect(await reader.articleBody.locator('strong').innerText()).toBe('IMAP');
    // Reading is all an anonymous visitor does: no "was this helpful".
    expect(await reader.helpfulYes.count()).toBe(0);
    await e2e.screenshot(visitor.page, 'knowledge-base-public');

    const onMaster = await e2e.newSession();
    await onMaster.page.goto('/kb');
    await new KnowledgeReaderPage(onMaster.page).signInPrompt.waitFor();
    await e2e.screenshot(onMaster.page, 'knowledge-base-public-closed');
  });
});
